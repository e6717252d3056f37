using RunWell.Domain.Buddies;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;

namespace RunWell.Domain.Privacy;

/// <summary>A week the member was in a buddy group, with the other seats (null where a partner deleted their data).</summary>
public sealed record BuddySeat(long GroupId, DateOnly WeekStart, IReadOnlyList<ulong?> PartnerUserIds);

/// <summary>Every row RunWell holds about one member in one server, oldest first.</summary>
public sealed record MemberData(
    Member? Member,
    IReadOnlyList<Pause> Pauses,
    IReadOnlyList<CheckIn> CheckIns,
    IReadOnlyList<RunLog> Runs,
    IReadOnlyList<BuddySeat> BuddyHistory,
    IReadOnlyList<BuddyAnswer> BuddyAnswers,
    IReadOnlyList<NudgeLog> Nudges)
{
    /// <summary>Slot reminders queued for the member, with their answers.</summary>
    public IReadOnlyList<Plans.PlanReminder> PlanReminders { get; init; } = [];

    public IReadOnlyList<Milestones.Milestone> Milestones { get; init; } = [];

    public bool IsEmpty =>
        Member is null && Pauses.Count == 0 && CheckIns.Count == 0 && Runs.Count == 0
        && BuddyHistory.Count == 0 && BuddyAnswers.Count == 0 && Nudges.Count == 0
        && PlanReminders.Count == 0 && Milestones.Count == 0;
}

/// <summary>What /privacy delete removed, table by table.</summary>
/// <param name="BuddySeatsAnonymised">Buddy seats kept for the partner, with the member's identity removed.</param>
/// <param name="ScheduledMessages">Nudge post records and queued or sent DMs addressed to the member.</param>
public sealed record MemberDeletion(
    int Profiles,
    int Pauses,
    int CheckIns,
    int Runs,
    int BuddyAnswers,
    int Nudges,
    int BuddySeatsAnonymised,
    int ScheduledMessages)
{
    /// <summary>Slot reminders and milestones (the plan itself lives on the profile row).</summary>
    public int PlanRows { get; init; }

    public int Total => Profiles + Pauses + CheckIns + Runs + BuddyAnswers + Nudges + BuddySeatsAnonymised + ScheduledMessages + PlanRows;
}
