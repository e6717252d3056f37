using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;

namespace RunWell.ConsoleChat;

/// <summary>Scheduled posts and DMs in console mode: printed as they fire.</summary>
internal sealed class ConsoleMessenger(ConsoleIO io, ConsoleViews views, ConsoleButtons buttons) : IOutboundMessenger
{
    private long _messageIds = 1000;

    public async Task<SendResult> SendToChannelAsync(ulong guildId, ulong channelId, Message message, string nonce, CancellationToken ct)
    {
        buttons.Offer(message.Buttons);
        var view = await views.ForAsync(message, ct);
        await io.Out.WriteLineAsync($"📣 [club channel]\n{ConsoleRenderer.Render(message, [.. message.Files.Select(f => f.FileName)], view)}\n");
        return new SendResult(SendStatus.Sent, (ulong)Interlocked.Increment(ref _messageIds));
    }

    public async Task<SendResult> SendDirectAsync(ulong guildId, ulong userId, Message message, string nonce, CancellationToken ct)
    {
        var view = await views.ForAsync(message, ct);
        await io.Out.WriteLineAsync($"✉️ [direct message]\n{ConsoleRenderer.Render(message, [.. message.Files.Select(f => f.FileName)], view)}\n");
        return new SendResult(SendStatus.Sent, (ulong)Interlocked.Increment(ref _messageIds));
    }
}
