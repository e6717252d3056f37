using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;
using static RunWell.Bot.Words.Words;

namespace RunWell.ConsoleChat;

/// <summary>Scheduled posts and DMs in console mode: printed as they fire, labelled and dated in the console's language.</summary>
internal sealed class ConsoleMessenger(ConsoleIO io, ConsoleViews views, ConsoleButtons buttons, ConsoleLanguage language) : IOutboundMessenger
{
    private long _messageIds = 1000;

    /// <summary>A terminal never loses the answer to a print (never Unconfirmed), so nothing needs a repeat guard.</summary>
    public TimeSpan RepeatGuardWindow => TimeSpan.Zero;

    public async Task<SendResult> SendToChannelAsync(ulong guildId, ulong channelId, Message message, string deliveryKey, CancellationToken ct)
    {
        buttons.Offer(message.Buttons);
        await PrintAsync("📣", "Console_ChannelPost", message, ct);
        return new SendResult(SendStatus.Sent, (ulong)Interlocked.Increment(ref _messageIds));
    }

    public async Task<SendResult> SendDirectAsync(ulong guildId, ulong userId, Message message, string deliveryKey, CancellationToken ct)
    {
        await PrintAsync("✉️", "Console_DirectMessage", message, ct);
        return new SendResult(SendStatus.Sent, (ulong)Interlocked.Increment(ref _messageIds));
    }

    private async Task PrintAsync(string icon, string labelKey, Message message, CancellationToken ct)
    {
        var view = await views.ForAsync(message, ct);
        using var words = language.Use();
        await io.Out.WriteLineAsync($"{icon} {Get(labelKey)}\n{ConsoleRenderer.Render(message, [.. message.Files.Select(f => f.FileName)], view)}\n");
    }
}
