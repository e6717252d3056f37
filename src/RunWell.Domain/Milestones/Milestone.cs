namespace RunWell.Domain.Milestones;

public enum MilestoneKind
{
    Runs = 0,
    WeeksInARow = 1,
}

/// <summary>
/// A milestone a member reached (their 10th run, 4 weeks in a row). Recorded once, ever, so it is
/// celebrated exactly once even if a run is undone and logged again. Private unless the member opted in.
/// </summary>
public sealed class Milestone
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }
    public MilestoneKind Kind { get; set; }
    public int Count { get; set; }
    public DateTime ReachedAtUtc { get; set; }
}

/// <summary>A milestone just reached (what the reply says) or reached in a week (what the summary names).</summary>
public sealed record MilestoneReached(ulong UserId, MilestoneKind Kind, int Count);
