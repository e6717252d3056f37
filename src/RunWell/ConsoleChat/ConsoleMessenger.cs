using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;

namespace RunWell.ConsoleChat;

/// <summary>Scheduled posts and DMs in console mode: printed as they fire.</summary>
internal sealed class ConsoleMessenger(ConsoleIO io, IServiceScopeFactory scopes, ConsoleButtons buttons) : IOutboundMessenger
{
    private long _messageIds = 1000;

    public async Task<SendResult> SendToChannelAsync(ulong guildId, ulong channelId, Message message, string nonce, CancellationToken ct)
    {
        buttons.Offer(message.Buttons);
        await io.Out.WriteLineAsync($"📣 [club channel]\n{ConsoleRenderer.Render(message, [.. message.Files.Select(f => f.FileName)], await ZoneAsync(ct))}\n");
        return new SendResult(SendStatus.Sent, (ulong)Interlocked.Increment(ref _messageIds));
    }

    public async Task<SendResult> SendDirectAsync(ulong guildId, ulong userId, Message message, string nonce, CancellationToken ct)
    {
        await io.Out.WriteLineAsync($"✉️ [direct message]\n{ConsoleRenderer.Render(message, [.. message.Files.Select(f => f.FileName)], await ZoneAsync(ct))}\n");
        return new SendResult(SendStatus.Sent, (ulong)Interlocked.Increment(ref _messageIds));
    }

    private async Task<TimeZoneInfo> ZoneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ConsoleIdentity.ZoneAsync(scope.ServiceProvider, ct);
    }
}
