using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Entries;
using RunWell.Domain.Ports;

namespace RunWell.Persistence.Stores;

internal sealed class EntryStore(RunWellDbContext db) : IEntryStore
{
    private const int DaysPerWeek = 7;

    // The replay and before-run lookups of /checkin and /run log, compiled once (see ClubStore).
    private static readonly PerModel<Func<RunWellDbContext, ulong, ulong, string, CancellationToken, Task<CheckIn?>>> CheckInBySource = new(() =>
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, string sourceId, CancellationToken _) =>
            db.CheckIns.FirstOrDefault(c => c.SourceId == sourceId && c.GuildId == guildId && c.UserId == userId)));

    private static readonly PerModel<Func<RunWellDbContext, ulong, ulong, string, CancellationToken, Task<RunLog?>>> RunBySource = new(() =>
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, string sourceId, CancellationToken _) =>
            db.Runs.FirstOrDefault(r => r.SourceId == sourceId && r.GuildId == guildId && r.UserId == userId)));

    private static readonly PerModel<Func<RunWellDbContext, ulong, ulong, DateTime, DateTime, CancellationToken, Task<CheckIn?>>> LatestCheckIn = new(() =>
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, DateTime fromUtc, DateTime toUtc, CancellationToken _) =>
            db.CheckIns
                .Where(c => c.GuildId == guildId && c.UserId == userId && c.AtUtc > fromUtc && c.AtUtc <= toUtc)
                .OrderByDescending(c => c.AtUtc)
                .FirstOrDefault()));

    // Scoped to the member as well as the id: a replay is always the same member in the same server,
    // and whatever comes back is echoed in the reply, so it must never be someone else's entry.
    public Task<CheckIn?> FindCheckInBySourceAsync(ulong guildId, ulong userId, string sourceId, CancellationToken ct) =>
        CheckInBySource.For(db)(db, guildId, userId, sourceId, ct);

    public Task<RunLog?> FindRunBySourceAsync(ulong guildId, ulong userId, string sourceId, CancellationToken ct) =>
        RunBySource.For(db)(db, guildId, userId, sourceId, ct);

    public Task<CheckIn?> FindLatestCheckInAsync(ulong guildId, ulong userId, DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        LatestCheckIn.For(db)(db, guildId, userId, fromUtc, toUtc, ct);

    public Task<CheckIn?> FindCheckInAsync(long id, CancellationToken ct) =>
        db.CheckIns.FirstOrDefaultAsync(c => c.Id == id, ct);

    public void AddRun(RunLog run) => db.Runs.Add(run);

    public Task<CheckIn?> SaveNewCheckInAsync(CheckIn checkIn, CancellationToken ct) =>
        SaveNewAsync(checkIn, checkIn.SourceId, source => CheckInBySource.For(db)(db, checkIn.GuildId, checkIn.UserId, source, ct), ct);

    public Task<RunLog?> SaveNewRunAsync(RunLog run, CancellationToken ct) =>
        SaveNewAsync(run, run.SourceId, source => RunBySource.For(db)(db, run.GuildId, run.UserId, source, ct), ct);

    /// <summary>
    /// Inserts first and asks only when the source id's unique index refuses it: on a replay nothing was
    /// written (SaveChanges is one transaction), so the new row is forgotten and the stored one read, scoped
    /// to the same member so that only their own entry can come back. Anything else is thrown as it was.
    /// </summary>
    private async Task<T?> SaveNewAsync<T>(T entry, string? sourceId, Func<string, Task<T?>> findBySource, CancellationToken ct)
        where T : class
    {
        var added = db.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException ex) when (sourceId is not null && InsertOnce.IsUniqueViolation(ex))
        {
            if (await findBySource(sourceId) is { } stored)
            {
                added.State = EntityState.Detached;
                return stored;
            }

            throw;
        }
    }

    public void RemoveCheckIn(CheckIn checkIn) => db.CheckIns.Remove(checkIn);

    public void RemoveRun(RunLog run) => db.Runs.Remove(run);

    public async Task<Entry?> FindLastLoggedAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var run = await db.Runs.Where(r => r.GuildId == guildId && r.UserId == userId)
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var checkIn = await db.CheckIns.Where(c => c.GuildId == guildId && c.UserId == userId)
            .OrderByDescending(c => c.CreatedAtUtc).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);

        return (run, checkIn) switch
        {
            (null, null) => null,
            (not null, null) => Entry.Of(run),
            (null, not null) => Entry.Of(checkIn),
            _ => run!.CreatedAtUtc >= checkIn!.CreatedAtUtc ? Entry.Of(run) : Entry.Of(checkIn),
        };
    }

    public async Task<IReadOnlyList<Entry>> ListRecentAsync(ulong guildId, ulong userId, int count, CancellationToken ct)
    {
        var runs = await db.Runs.Where(r => r.GuildId == guildId && r.UserId == userId)
            .OrderByDescending(r => r.AtUtc).Take(count).ToListAsync(ct);
        var checkIns = await db.CheckIns.Where(c => c.GuildId == guildId && c.UserId == userId)
            .OrderByDescending(c => c.AtUtc).Take(count).ToListAsync(ct);

        return [.. runs.Select(Entry.Of).Concat(checkIns.Select(Entry.Of)).OrderByDescending(e => e.AtUtc).Take(count)];
    }

    public async Task<IReadOnlyList<RunLog>> ListRunsAsync(ulong guildId, ulong userId, DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        await db.Runs.AsNoTracking()
            .Where(r => r.GuildId == guildId && r.UserId == userId && r.AtUtc >= fromUtc && r.AtUtc < toUtc)
            .OrderBy(r => r.AtUtc)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<CheckIn>> ListCheckInsAsync(ulong guildId, ulong userId, DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        await db.CheckIns.AsNoTracking()
            .Where(c => c.GuildId == guildId && c.UserId == userId && c.AtUtc >= fromUtc && c.AtUtc < toUtc)
            .OrderBy(c => c.AtUtc)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<DateOnly>> ListRunDatesAsync(ulong guildId, ulong userId, DateOnly fromDate, CancellationToken ct) =>
        await db.Runs.AsNoTracking()
            .Where(r => r.GuildId == guildId && r.UserId == userId && r.LocalDate >= fromDate)
            .Select(r => r.LocalDate)
            .Distinct()
            .OrderBy(d => d)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<DateOnly>> ListRunWeeksAsync(ulong guildId, ulong userId, DateOnly fromMonday, CancellationToken ct)
    {
        // DateOnly.MinValue (day 0) is a Monday, so DayNumber / 7 numbers the Monday–Sunday weeks; both
        // providers translate DayNumber (SQLite through julianday, PostgreSQL by date subtraction).
        var weeks = await db.Runs.AsNoTracking()
            .Where(r => r.GuildId == guildId && r.UserId == userId && r.LocalDate >= fromMonday)
            .Select(r => r.LocalDate.DayNumber / DaysPerWeek)
            .Distinct()
            .ToListAsync(ct);
        return [.. weeks.Order().Select(week => DateOnly.FromDayNumber(week * DaysPerWeek))];
    }
}
