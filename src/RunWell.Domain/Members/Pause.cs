using System.Linq.Expressions;

namespace RunWell.Domain.Members;

/// <summary>
/// A break (injury, illness, holiday). Kept as history, not a flag, because a paused week must
/// never break the member's weeks-in-a-row, long after the pause itself ended.
/// </summary>
public sealed class Pause
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }
    public DateTime StartUtc { get; set; }

    /// <summary>When it ends: the planned end, or the moment of /resume.</summary>
    public DateTime EndUtc { get; set; }

    public string? Reason { get; set; }

    /// <summary>The member kept their plan's slot reminders through the break (they then suggest an easy walk).</summary>
    public bool KeepSlots { get; set; }

    /// <summary>
    /// The one rule of "a pause is in force at <paramref name="utc"/>": it has started and not yet ended
    /// (the start counts, the end does not). An expression so every store queries with the same rule.
    /// </summary>
    public static Expression<Func<Pause, bool>> ActiveAt(DateTime utc) => p => p.StartUtc <= utc && p.EndUtc > utc;
}
