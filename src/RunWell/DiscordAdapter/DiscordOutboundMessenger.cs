using RunWell.Discord;
using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;

namespace RunWell.DiscordAdapter;

/// <summary>Scheduled posts and DMs through the Discord REST client (which owns rate limits and retries).</summary>
internal sealed class DiscordOutboundMessenger(IDiscordRest rest) : IOutboundMessenger
{
    public TimeSpan RepeatGuardWindow => DiscordNonce.RepeatWindow;

    public Task<SendResult> SendToChannelAsync(ulong guildId, ulong channelId, Message message, string deliveryKey, CancellationToken ct) =>
        SendPiecesAsync(channelId, message, deliveryKey, ct);

    public async Task<SendResult> SendDirectAsync(ulong guildId, ulong userId, Message message, string deliveryKey, CancellationToken ct)
    {
        var channel = await rest.CreateDmChannelAsync(userId, ct);
        if (!channel.IsSuccess)
        {
            return ToSendResult(channel);
        }

        return await SendPiecesAsync(channel.Value, message, deliveryKey, ct);
    }

    /// <summary>
    /// Sends each piece of a long post in order. A retry after a partial failure sends the earlier
    /// pieces again with the same nonces, so Discord drops them instead of posting them twice.
    /// </summary>
    private async Task<SendResult> SendPiecesAsync(ulong channelId, Message message, string deliveryKey, CancellationToken ct)
    {
        SendResult result = new(SendStatus.Sent);
        foreach (var piece in DiscordMessageRenderer.RenderPost(message, deliveryKey))
        {
            result = ToSendResult(await rest.CreateMessageAsync(channelId, piece, ct));
            if (result.Status != SendStatus.Sent)
            {
                return result;
            }
        }

        return result;
    }

    internal static SendResult ToSendResult(DiscordResult<ulong> result) => result.Error switch
    {
        DiscordErrorKind.None => new SendResult(SendStatus.Sent, result.Value),
        DiscordErrorKind.CannotMessageUser => new SendResult(SendStatus.DirectMessagesClosed, Detail: "The member does not accept DMs from the bot."),
        DiscordErrorKind.MissingPermissions or DiscordErrorKind.MissingAccess =>
            new SendResult(SendStatus.MissingPermission, Detail: "The bot lacks permission to post there (View Channel, Send Messages, Embed Links, Attach Files)."),
        DiscordErrorKind.UnknownChannel or DiscordErrorKind.NotFound => new SendResult(SendStatus.UnknownChannel, Detail: "The channel no longer exists."),
        DiscordErrorKind.BadRequest => new SendResult(SendStatus.Rejected, Detail: $"Discord refused the message ({result.ErrorCode})."),
        DiscordErrorKind.TooLarge => new SendResult(SendStatus.Rejected, Detail: "A file is over Discord's size limit."),
        DiscordErrorKind.RateLimited => new SendResult(SendStatus.Transient, Detail: "Rate limited by Discord for longer than the client waits."),
        // Retried by the outbox with the same nonce only while Discord still drops the repeat (its nonce window).
        DiscordErrorKind.OutcomeUnknown => new SendResult(SendStatus.Unconfirmed, Detail: $"Outcome unknown (HTTP {result.StatusCode}); may have been posted."),
        DiscordErrorKind.Unauthorized => new SendResult(SendStatus.Transient, Detail: "Discord rejected the bot token."),
        _ => new SendResult(SendStatus.Transient, Detail: $"Discord answered HTTP {result.StatusCode}."),
    };
}
