namespace RunWell.Domain.Milestones;

/// <summary>What to record and what to say after a run. Pure.</summary>
/// <param name="Record">Every threshold reached and not yet recorded (quietly filled in for long-time members).</param>
/// <param name="Announce">New ones that this run reached exactly (the 10th run, not an old 10th filled in at the 37th).</param>
public sealed record MilestoneCheck(IReadOnlyList<(MilestoneKind Kind, int Count)> Record, IReadOnlyList<(MilestoneKind Kind, int Count)> Announce);

/// <summary>
/// Milestones count showing up, never pace or distance: the 1st, 5th, 10th, 25th, 50th and 100th run, and
/// 4, 8, 12, 26 and 52 weeks in a row (a paused week keeps the streak, as <see cref="Reviews.WeeksInARow"/> counts it).
/// </summary>
public static class MilestonePolicy
{
    public static readonly IReadOnlyList<int> RunThresholds = [1, 5, 10, 25, 50, 100];
    public static readonly IReadOnlyList<int> WeekThresholds = [4, 8, 12, 26, 52];

    /// <summary>Weeks of history a streak check reads: one more than the longest threshold.</summary>
    public const int StreakLookbackWeeks = 53;

    public static MilestoneCheck Check(int runs, int weeksInARow, IReadOnlyCollection<(MilestoneKind Kind, int Count)> recorded)
    {
        var fresh = RunThresholds.Where(t => t <= runs).Select(t => (MilestoneKind.Runs, t))
            .Concat(WeekThresholds.Where(t => t <= weeksInARow).Select(t => (MilestoneKind.WeeksInARow, t)))
            .Where(m => !recorded.Contains(m))
            .ToList();
        var announce = fresh.Where(m => m.Item2 == (m.Item1 == MilestoneKind.Runs ? runs : weeksInARow)).ToList();
        return new MilestoneCheck(fresh, announce);
    }
}
