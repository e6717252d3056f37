using RunWell.Domain.Members;

namespace RunWell.Domain.Entries;

/// <param name="SourceId">The interaction id, so a replayed interaction stores once.</param>
public sealed record LogCheckInRequest(
    MemberRef Who, int Mood, int Stress, int Energy, int? Sleep, string? Concern, string? When, string? SourceId);

public sealed record LogRunRequest(
    MemberRef Who,
    int Minutes,
    RunKind Kind,
    int? Mood,
    int? Stress,
    int? Energy,
    HelpedBy? Helped,
    string? Note,
    double? DistanceKm,
    string? When,
    string? SourceId);

/// <summary>What the reply needs besides the entry itself.</summary>
/// <param name="Duplicate">The same interaction was already stored; nothing new was written.</param>
/// <param name="ShowPrivacyNotice">This is the member's first entry: say once what is stored and how to remove it.</param>
/// <param name="ShowCareLine">A very low mood or very high stress: one gentle line pointing to /help.</param>
public sealed record EntryNotes(bool Duplicate, bool ShowPrivacyNotice, bool ShowCareLine, string? SupportText);

public sealed record CheckInLogged(CheckIn CheckIn, EntryNotes Notes);

public sealed record RunLogged(RunLog Run, CheckIn? Before, EntryNotes Notes)
{
    /// <summary>Milestones this run reached, each said once (a line in the member's private reply).</summary>
    public IReadOnlyList<Milestones.MilestoneReached> Milestones { get; init; } = [];
}
