namespace RunWell.Domain.Posts;

/// <summary>
/// The record that a post for (server, kind, period) was made. Unique on those three, so a job that
/// fires twice (restart, clock change, two nodes) cannot post twice.
/// </summary>
public sealed class ScheduledPost
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public PostKind Kind { get; set; }

    /// <summary>E.g. "2026-W48" for a weekly post, "2026-11-25:123" for a member's nudge.</summary>
    public string PeriodKey { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
