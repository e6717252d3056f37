using RunWell.Domain.Entries;
using RunWell.Domain.Messaging;

namespace RunWell.Domain.GroupRuns;

/// <summary>Group runs and their answers; changes are saved with the unit of work.</summary>
public interface IGroupRunStore
{
    void Add(GroupRun run);

    void AddRsvp(GroupRunRsvp rsvp);

    /// <summary>Tracked, for update.</summary>
    Task<GroupRun?> FindAsync(ulong guildId, long id, CancellationToken ct);

    /// <summary>Any server: for the jobs, which carry only the run's id.</summary>
    Task<GroupRun?> FindByIdAsync(long id, CancellationToken ct);

    Task<GroupRun?> FindBySourceAsync(ulong guildId, string sourceId, CancellationToken ct);

    Task<GroupRun?> FindByEventAsync(ulong guildId, ulong eventId, CancellationToken ct);

    Task<GroupRun?> FindRepeatOfAsync(long previousRunId, CancellationToken ct);

    /// <summary>Scheduled runs of a server that have not ended, soonest first.</summary>
    Task<IReadOnlyList<GroupRun>> ListUpcomingAsync(ulong guildId, DateTime nowUtc, CancellationToken ct);

    /// <summary>Every scheduled run of every server: what the calendar is rebuilt from at start.</summary>
    Task<IReadOnlyList<GroupRun>> ListScheduledAsync(CancellationToken ct);

    Task<IReadOnlyList<GroupRunRsvp>> ListRsvpsAsync(long runId, CancellationToken ct);

    /// <summary>Tracked, for update.</summary>
    Task<GroupRunRsvp?> FindRsvpAsync(long runId, ulong userId, CancellationToken ct);

    /// <summary>The member's run logged through "I was there" for this run, tracked.</summary>
    Task<RunLog?> FindAttendanceAsync(ulong guildId, ulong userId, long runId, CancellationToken ct);

    /// <summary>The id of the announcement once the outbox has posted it.</summary>
    Task<ulong?> FindAnnouncementMessageIdAsync(ulong guildId, long runId, CancellationToken ct);
}

public sealed record GroupRunEventDraft(ulong GuildId, string Name, string Description, string Location, DateTime StartUtc, DateTime EndUtc);

public sealed record PlatformEventResult(GroupRunEventState State, ulong? EventId = null, string? Link = null);

/// <summary>
/// The platform's calendar and message edits (Discord: guild scheduled events, PATCH message; console:
/// printed text). New messages never go through here: they go through the outbox.
/// </summary>
public interface IGroupRunPlatform
{
    /// <param name="botPermissions">The bot's permissions where the command was typed, when known, to skip a call bound to fail.</param>
    Task<PlatformEventResult> CreateEventAsync(GroupRunEventDraft draft, ulong? botPermissions, CancellationToken ct);

    /// <summary>Best effort: an event already deleted by hand is fine.</summary>
    Task DeleteEventAsync(ulong guildId, ulong eventId, CancellationToken ct);

    /// <summary>Best effort: true when the message was edited.</summary>
    Task<bool> EditMessageAsync(ulong guildId, ulong channelId, ulong messageId, Message message, CancellationToken ct);

    /// <summary>A link members can open to see the event, when the platform has one.</summary>
    string? EventLink(ulong guildId, ulong eventId);
}

/// <summary>The calendar of each run: its reminder and its end (Quartz in the host).</summary>
public interface IGroupRunScheduler
{
    Task ScheduleAsync(long runId, DateTime? reminderUtc, DateTime endUtc, CancellationToken ct);

    Task UnscheduleAsync(long runId, CancellationToken ct);
}

/// <summary>Who answered what, for the announcement and the list. Names are ids: shown as mentions that never ping.</summary>
public sealed record GroupRunView(GroupRun Run, IReadOnlyList<ulong> Going, int CantMake, int Interested);

/// <summary>
/// The words of a group run's message edits and Discord event, written by the bot (the domain keeps facts);
/// new posts and DMs go through the outbox as <see cref="Posts.PostFacts"/>.
/// </summary>
public interface IGroupRunCopy
{
    Message Announcement(GroupRunView view);

    Message CancelledAnnouncement(GroupRunView view);

    /// <summary>The announcement once the run is over: who said they'd come, and no buttons left to press.</summary>
    Message FinishedAnnouncement(GroupRunView view);

    string EventName(GroupRun run);

    string EventDescription(GroupRun run);
}

internal sealed class NoGroupRunPlatform : IGroupRunPlatform
{
    public Task<PlatformEventResult> CreateEventAsync(GroupRunEventDraft draft, ulong? botPermissions, CancellationToken ct) =>
        Task.FromResult(new PlatformEventResult(GroupRunEventState.NotSupported));

    public Task DeleteEventAsync(ulong guildId, ulong eventId, CancellationToken ct) => Task.CompletedTask;

    public Task<bool> EditMessageAsync(ulong guildId, ulong channelId, ulong messageId, Message message, CancellationToken ct) => Task.FromResult(false);

    public string? EventLink(ulong guildId, ulong eventId) => null;
}

internal sealed class NoGroupRunScheduler : IGroupRunScheduler
{
    public Task ScheduleAsync(long runId, DateTime? reminderUtc, DateTime endUtc, CancellationToken ct) => Task.CompletedTask;

    public Task UnscheduleAsync(long runId, CancellationToken ct) => Task.CompletedTask;
}
