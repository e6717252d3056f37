using RunWell.Domain.Entries;

namespace RunWell.Domain.Ports;

/// <summary>A member's runs and check-ins. Every query is scoped to one server and one member.</summary>
public interface IEntryStore
{
    Task<CheckIn?> FindCheckInBySourceAsync(ulong guildId, ulong userId, string sourceId, CancellationToken ct);

    Task<RunLog?> FindRunBySourceAsync(ulong guildId, ulong userId, string sourceId, CancellationToken ct);

    /// <summary>The latest check-in at or before <paramref name="toUtc"/> and after <paramref name="fromUtc"/>.</summary>
    Task<CheckIn?> FindLatestCheckInAsync(ulong guildId, ulong userId, DateTime fromUtc, DateTime toUtc, CancellationToken ct);

    Task<CheckIn?> FindCheckInAsync(long id, CancellationToken ct);

    void AddRun(RunLog run);

    /// <summary>
    /// Adds <paramref name="checkIn"/> and commits the unit of work with it. When its source id is already
    /// stored for the same member (a replayed interaction), nothing is written, the new check-in is
    /// forgotten and the stored one is returned; null means it was saved. A source id stored for anyone
    /// else fails as a conflict, so another member's entry is never handed back.
    /// </summary>
    Task<CheckIn?> SaveNewCheckInAsync(CheckIn checkIn, CancellationToken ct);

    /// <summary>Like <see cref="SaveNewCheckInAsync"/>, for a run.</summary>
    Task<RunLog?> SaveNewRunAsync(RunLog run, CancellationToken ct);

    void RemoveCheckIn(CheckIn checkIn);

    void RemoveRun(RunLog run);

    /// <summary>The most recently logged entry (by when it was logged, not when it happened).</summary>
    Task<Entry?> FindLastLoggedAsync(ulong guildId, ulong userId, CancellationToken ct);

    /// <summary>The newest entries by when they happened.</summary>
    Task<IReadOnlyList<Entry>> ListRecentAsync(ulong guildId, ulong userId, int count, CancellationToken ct);

    Task<IReadOnlyList<RunLog>> ListRunsAsync(ulong guildId, ulong userId, DateTime fromUtc, DateTime toUtc, CancellationToken ct);

    Task<IReadOnlyList<CheckIn>> ListCheckInsAsync(ulong guildId, ulong userId, DateTime fromUtc, DateTime toUtc, CancellationToken ct);

    /// <summary>Distinct local dates with at least one run since <paramref name="fromDate"/>.</summary>
    Task<IReadOnlyList<DateOnly>> ListRunDatesAsync(ulong guildId, ulong userId, DateOnly fromDate, CancellationToken ct);

    /// <summary>
    /// The Monday of each local week (Monday–Sunday, by the runs' own local dates) with at least one run on
    /// or after <paramref name="fromMonday"/>, oldest first: what a weeks-in-a-row count needs, one row per
    /// week rather than per day (a five-year streak is 261 rows, not 1,800).
    /// </summary>
    Task<IReadOnlyList<DateOnly>> ListRunWeeksAsync(ulong guildId, ulong userId, DateOnly fromMonday, CancellationToken ct);
}
