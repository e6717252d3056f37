namespace RunWell.Domain.Posts;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,

    /// <summary>A DM the member no longer wanted by the time it was due (see <see cref="DirectMessageConsent"/>).</summary>
    Withdrawn = 3,
}

/// <summary>
/// A message waiting to be delivered. Written in the same transaction as its <see cref="ScheduledPost"/>,
/// then sent by the delivery worker with retries; the delivery key lets the platform drop a repeated send.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public long? ScheduledPostId { get; set; }
    public PostKind Kind { get; set; }

    /// <summary>Channel to post in; null when <see cref="DirectMessageUserId"/> is set.</summary>
    public ulong? ChannelId { get; set; }

    /// <summary>A member who asked for DMs (nudges); the club channel is the fallback when DMs are closed.</summary>
    public ulong? DirectMessageUserId { get; set; }

    /// <summary>The platform-neutral message, serialized by the outbox store.</summary>
    public string PayloadJson { get; set; } = "";

    /// <summary>Sent instead when a DM cannot be delivered; null means skip.</summary>
    public string? FallbackPayloadJson { get; set; }

    /// <summary>The message's idempotency key (<see cref="DeliveryKeys"/>), the same on every attempt.</summary>
    public string DeliveryKey { get; set; } = "";
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }

    /// <summary>
    /// When an attempt began whose outcome was never confirmed (it may have been posted); null while every
    /// attempt is known not to have posted. From then on a retry is sent only while the platform still drops
    /// a repeat of the delivery key (<see cref="Ports.IOutboundMessenger.RepeatGuardWindow"/>), so nothing is ever posted twice.
    /// </summary>
    public DateTime? UnconfirmedSinceUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public string? LastError { get; set; }
    public ulong? SentMessageId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
}
