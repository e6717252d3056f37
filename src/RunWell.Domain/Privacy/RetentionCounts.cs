namespace RunWell.Domain.Privacy;

/// <summary>Rows one retention sweep deleted in one server.</summary>
/// <param name="OutboxRows">Stored posts (sent or not) older than the retention.</param>
/// <param name="PostKeys">Scheduled-post keys older than the retention (a nudge key per member per day would be an inactivity log).</param>
/// <param name="Members">Member rows with nothing left: no entries, no records, no opt-in or choice still in force.</param>
/// <param name="GroupRunRows">Group runs that started before the cut-off, and everyone's answers to them.</param>
public sealed record RetentionCounts(
    int CheckIns, int Runs, int BuddyAnswers, int Nudges, int Pauses, int BuddyGroups,
    int OutboxRows = 0, int PostKeys = 0, int Members = 0, int GroupRunRows = 0)
{
    public static readonly RetentionCounts None = new(0, 0, 0, 0, 0, 0);

    public int Total => CheckIns + Runs + BuddyAnswers + Nudges + Pauses + BuddyGroups + OutboxRows + PostKeys + Members + GroupRunRows;

    public RetentionCounts Add(RetentionCounts other) => new(
        CheckIns + other.CheckIns, Runs + other.Runs, BuddyAnswers + other.BuddyAnswers,
        Nudges + other.Nudges, Pauses + other.Pauses, BuddyGroups + other.BuddyGroups,
        OutboxRows + other.OutboxRows, PostKeys + other.PostKeys, Members + other.Members, GroupRunRows + other.GroupRunRows);
}
