namespace RunWell.Domain.Summaries;

/// <summary>A club's week as aggregates, computed by the database (never by loading every entry).</summary>
/// <param name="Runners">Members with at least one run, with how many (for the shout-out, never ranked).</param>
/// <param name="CheckedIn">Members with at least one mood check-in.</param>
/// <param name="MoodChange">Average after-minus-before mood over runs that have both, with its contributors.</param>
public sealed record WeekAggregates(
    IReadOnlyList<RunnerCount> Runners,
    IReadOnlyList<ulong> CheckedIn,
    int MicroRuns,
    int BuddyAnswers,
    MoodAggregate MoodChange,
    IReadOnlyList<DayAggregate> Days);

public sealed record RunnerCount(ulong UserId, int Runs, int Minutes);

/// <summary>An average and how many distinct members it comes from (shown only from 3 up).</summary>
public sealed record MoodAggregate(double? Average, int Contributors);

public sealed record DayAggregate(DateOnly Date, int Minutes, double? MoodBefore, double? MoodAfter, int MoodContributors);

/// <summary>The summary's database port; one call, a handful of GROUP BY queries behind it.</summary>
public interface ISummaryQueries
{
    /// <param name="firstDay">First local date (members' own dates, fixed at logging time), inclusive.</param>
    /// <param name="lastDay">Last local date, inclusive.</param>
    /// <param name="fromUtc">Start of the window as an instant, for buddy answers.</param>
    /// <param name="toUtc">Exclusive end as an instant.</param>
    Task<WeekAggregates> AggregateAsync(ulong guildId, DateOnly firstDay, DateOnly lastDay, DateTime fromUtc, DateTime toUtc, CancellationToken ct);
}
