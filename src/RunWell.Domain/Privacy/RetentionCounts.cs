namespace RunWell.Domain.Privacy;

/// <summary>Rows one retention sweep deleted in one server.</summary>
public sealed record RetentionCounts(int CheckIns, int Runs, int BuddyAnswers, int Nudges, int Pauses, int BuddyGroups)
{
    public static readonly RetentionCounts None = new(0, 0, 0, 0, 0, 0);

    public int Total => CheckIns + Runs + BuddyAnswers + Nudges + Pauses + BuddyGroups;

    public RetentionCounts Add(RetentionCounts other) => new(
        CheckIns + other.CheckIns, Runs + other.Runs, BuddyAnswers + other.BuddyAnswers,
        Nudges + other.Nudges, Pauses + other.Pauses, BuddyGroups + other.BuddyGroups);
}
