using RunWell.Domain.Messaging;

namespace RunWell.Domain.Ports;

public enum SendStatus
{
    Sent,

    /// <summary>The member does not accept DMs from the bot.</summary>
    DirectMessagesClosed,

    /// <summary>The bot may not post there (missing permission or access): retrying will not help.</summary>
    MissingPermission,

    /// <summary>The channel is gone.</summary>
    UnknownChannel,

    /// <summary>The platform refused the message itself (e.g. an invalid body): retrying the same will not help.</summary>
    Rejected,

    /// <summary>A failure worth retrying later (outage, 5xx, network).</summary>
    Transient,

    /// <summary>
    /// The answer was lost (a reset, a timeout, a 5xx after retries): it may have been posted. A repeat with
    /// the same delivery key is dropped by the platform only for <see cref="IOutboundMessenger.RepeatGuardWindow"/>.
    /// </summary>
    Unconfirmed,
}

public sealed record SendResult(SendStatus Status, ulong? MessageId = null, string? Detail = null);

/// <summary>
/// Where scheduled posts and DMs leave the domain: Discord in production, the terminal in console mode.
/// Every send carries the message's delivery key (<see cref="Posts.DeliveryKeys"/>), opaque here: the
/// messenger turns it into its platform's own way of dropping a repeat of a send that was retried.
/// </summary>
public interface IOutboundMessenger
{
    /// <summary>How long the platform drops a repeat of a message with the same delivery key; zero when it never does.</summary>
    TimeSpan RepeatGuardWindow { get; }

    Task<SendResult> SendToChannelAsync(ulong guildId, ulong channelId, Message message, string deliveryKey, CancellationToken ct);

    Task<SendResult> SendDirectAsync(ulong guildId, ulong userId, Message message, string deliveryKey, CancellationToken ct);
}
