namespace RunWell.Domain.Summaries;

/// <summary>A club's week as aggregates, computed by the database (never by loading every entry).</summary>
/// <param name="Runners">Members with at least one run, with how many (for the shout-out, never ranked).</param>
/// <param name="CheckedIn">Members with at least one mood check-in.</param>
/// <param name="MemberMoodChanges">
/// One value per member who logged a run with both a before and an after mood: that member's own mean
/// after-minus-before change. Each member counts once, however many runs they logged.
/// </param>
/// <param name="Days">Minutes per day: the only per-day figure a group post carries.</param>
public sealed record WeekAggregates(
    IReadOnlyList<RunnerCount> Runners,
    IReadOnlyList<ulong> CheckedIn,
    int MicroRuns,
    int BuddyAnswers,
    IReadOnlyList<double> MemberMoodChanges,
    IReadOnlyList<DayAggregate> Days)
{
    /// <summary>Runners who turned the shout-out off (<c>/profile shoutout off</c>): counted, never named.</summary>
    public IReadOnlySet<ulong> HiddenFromShoutOut { get; init; } = new HashSet<ulong>();

    /// <summary>Group runs that took place in the window (cancelled ones not counted).</summary>
    public int GroupRuns { get; init; }

    /// <summary>"I was there" presses at those runs: how many came. A count only, never who or how they felt.</summary>
    public int GroupRunArrivals { get; init; }
}

public sealed record RunnerCount(ulong UserId, int Runs, int Minutes);

public sealed record DayAggregate(DateOnly Date, int Minutes);

/// <summary>The summary's database port; one call, a handful of GROUP BY queries behind it.</summary>
public interface ISummaryQueries
{
    /// <param name="firstDay">First local date (members' own dates, fixed at logging time), inclusive.</param>
    /// <param name="lastDay">Last local date, inclusive.</param>
    /// <param name="fromUtc">Start of the window as an instant, for buddy answers.</param>
    /// <param name="toUtc">Exclusive end as an instant.</param>
    /// <param name="moodRecordedBeforeUtc">
    /// Only entries stored before this instant (the window's release) feed the mood changes, so a run
    /// backdated into the window later never changes a figure that was already released.
    /// </param>
    Task<WeekAggregates> AggregateAsync(ulong guildId, DateOnly firstDay, DateOnly lastDay, DateTime fromUtc, DateTime toUtc, DateTime moodRecordedBeforeUtc, CancellationToken ct);
}
