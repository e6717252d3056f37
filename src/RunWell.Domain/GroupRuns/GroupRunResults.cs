using RunWell.Domain.Entries;
using RunWell.Domain.Members;

namespace RunWell.Domain.GroupRuns;

/// <summary>A value, or the <see cref="GroupRunProblem"/> that stopped it (nothing was changed then).</summary>
public readonly record struct GroupRunOutcome<T>(T? Value, GroupRunProblem? Problem)
{
    public bool Ok => Problem is null;

    public static implicit operator GroupRunOutcome<T>(T value) => new(value, null);

    public static implicit operator GroupRunOutcome<T>(GroupRunProblem problem) => new(default, problem);
}

/// <param name="CallerIsAdmin">Manage Server: may create when creating is restricted, may cancel any run.</param>
/// <param name="BotPermissions">The bot's permissions where the command was typed, when the platform says.</param>
/// <param name="SourceId">The interaction id: a replay creates nothing twice.</param>
public sealed record GroupRunCreateRequest(
    MemberRef Who,
    bool CallerIsAdmin,
    string When,
    string Where,
    int? Minutes,
    string? Note,
    bool Weekly,
    ulong? BotPermissions,
    string SourceId);

/// <param name="EventLink">Where to open the platform's event, when there is one.</param>
/// <param name="Duplicate">The same interaction had already created it.</param>
public sealed record GroupRunCreated(GroupRun Run, string? EventLink, bool Duplicate);

/// <param name="AlreadyLogged">Pressed before: the first log stands and nothing new was written.</param>
public sealed record GroupRunAttended(GroupRun Run, RunLog Log, bool AlreadyLogged);

/// <param name="Notified">How many who said "I'm in" are being told by DM.</param>
/// <param name="AnnouncementEdited">False when the announcement could not be edited (not posted yet, or deleted).</param>
public sealed record GroupRunCancelled(GroupRun Run, int Notified, bool AnnouncementEdited);

/// <summary>The after-ratings typed into the optional form; each 1–10 or left empty.</summary>
public sealed record AfterRatings(int? Mood, int? Stress, int? Energy);
