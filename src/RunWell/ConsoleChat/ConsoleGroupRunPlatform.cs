using System.Globalization;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.ConsoleChat;

/// <summary>Group runs in console mode: the Discord event and announcement edits print as text.</summary>
internal sealed class ConsoleGroupRunPlatform(ConsoleIO io, ConsoleViews views, ConsoleButtons buttons, ConsoleLanguage language) : IGroupRunPlatform
{
    private long _eventIds = 5000;

    public async Task<PlatformEventResult> CreateEventAsync(GroupRunEventDraft draft, ulong? botPermissions, CancellationToken ct)
    {
        var id = (ulong)Interlocked.Increment(ref _eventIds);
        using (language.Use())
        {
            await io.Out.WriteLineAsync("📅 " + Get(
                "Console_EventCreated",
                draft.Name,
                draft.StartUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                draft.EndUtc.ToString("HH:mm", CultureInfo.InvariantCulture),
                draft.Location,
                draft.Description) + "\n");
        }

        return new PlatformEventResult(GroupRunEventState.Created, id);
    }

    public async Task DeleteEventAsync(ulong guildId, ulong eventId, CancellationToken ct)
    {
        using (language.Use())
        {
            await io.Out.WriteLineAsync("📅 " + Get("Console_EventDeleted") + "\n");
        }
    }

    public async Task<bool> EditMessageAsync(ulong guildId, ulong channelId, ulong messageId, Message message, CancellationToken ct)
    {
        buttons.Offer(message.Buttons);
        var view = await views.ForAsync(message, ct);
        using (language.Use())
        {
            await io.Out.WriteLineAsync($"✏️ {Get("Console_AnnouncementEdited")}\n{ConsoleRenderer.Render(message, [], view)}\n");
        }

        return true;
    }

    public string? EventLink(ulong guildId, ulong eventId) => null;
}

/// <summary>
/// The buttons `!1`, `!2` ... press: those of the last reply, or of a post that came after it (a group
/// run's announcement has RSVP buttons too).
/// </summary>
internal sealed class ConsoleButtons
{
    private IReadOnlyList<ActionButton> _last = [];

    public IReadOnlyList<ActionButton> Last => Volatile.Read(ref _last);

    public void Replace(IReadOnlyList<ActionButton> buttons) => Volatile.Write(ref _last, buttons);

    /// <summary>A posted message offers its buttons only when it has some.</summary>
    public void Offer(IReadOnlyList<ActionButton> buttons)
    {
        if (buttons.Count > 0)
        {
            Replace(buttons);
        }
    }
}
