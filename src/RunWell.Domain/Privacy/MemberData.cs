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

    /// <summary>The member's answers to group runs ("I'm in", "Can't make it", Discord's "Interested").</summary>
    public IReadOnlyList<GroupRunAnswer> GroupRunAnswers { get; init; } = [];

    /// <summary>Group runs the member created (the club's runs; only the creator's name and id are theirs).</summary>
    public IReadOnlyList<GroupRuns.GroupRun> GroupRunsCreated { get; init; } = [];

    public bool IsEmpty =>
        Member is null && Pauses.Count == 0 && CheckIns.Count == 0 && Runs.Count == 0
        && BuddyHistory.Count == 0 && BuddyAnswers.Count == 0 && Nudges.Count == 0
        && PlanReminders.Count == 0 && Milestones.Count == 0 && GroupRunAnswers.Count == 0 && GroupRunsCreated.Count == 0;
}

/// <summary>One answer to one group run, with the run's time and place so the export reads on its own.</summary>
public sealed record GroupRunAnswer(GroupRuns.GroupRunRsvp Rsvp, DateTime RunStartUtc, string RunLocation);

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

    /// <summary>Answers to group runs ("I'm in", "Can't make it", "Interested").</summary>
    public int GroupRunAnswers { get; init; }

    /// <summary>Group runs the member created: the club keeps them, without the member's name or id.</summary>
    public int GroupRunsAnonymised { get; init; }

    /// <summary>Upcoming group runs whose announcement named the member: edited afresh without them.</summary>
    public IReadOnlyList<long> GroupRunsToRefresh { get; init; } = [];

    public int Total => Profiles + Pauses + CheckIns + Runs + BuddyAnswers + Nudges + BuddySeatsAnonymised + ScheduledMessages + PlanRows + GroupRunAnswers + GroupRunsAnonymised;
}
