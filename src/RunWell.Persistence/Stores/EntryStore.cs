using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Entries;
using RunWell.Domain.Ports;

namespace RunWell.Persistence.Stores;

internal sealed class EntryStore(RunWellDbContext db) : IEntryStore
{
    private const int DaysPerWeek = 7;

    // The three lookups of /checkin and /run log, compiled once (see ClubStore).
    private static readonly Func<RunWellDbContext, ulong, ulong, string, CancellationToken, Task<CheckIn?>> CheckInBySource =
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, string sourceId, CancellationToken _) =>
            db.CheckIns.FirstOrDefault(c => c.SourceId == sourceId && c.GuildId == guildId && c.UserId == userId));

    private static readonly Func<RunWellDbContext, ulong, ulong, string, CancellationToken, Task<RunLog?>> RunBySource =
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, string sourceId, CancellationToken _) =>
            db.Runs.FirstOrDefault(r => r.SourceId == sourceId && r.GuildId == guildId && r.UserId == userId));

    private static readonly Func<RunWellDbContext, ulong, ulong, DateTime, DateTime, CancellationToken, Task<CheckIn?>> LatestCheckIn =
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, DateTime fromUtc, DateTime toUtc, CancellationToken _) =>
            db.CheckIns
                .Where(c => c.GuildId == guildId && c.UserId == userId && c.AtUtc > fromUtc && c.AtUtc <= toUtc)
                .OrderByDescending(c => c.AtUtc)
                .FirstOrDefault());

    // Scoped to the member as well as the id: a replay is always the same member in the same server,
    // and whatever comes back is echoed in the reply, so it must never be someone else's entry.
    public Task<CheckIn?> FindCheckInBySourceAsync(ulong guildId, ulong userId, string sourceId, CancellationToken ct) =>
        CheckInBySource(db, guildId, userId, sourceId, ct);

    public Task<RunLog?> FindRunBySourceAsync(ulong guildId, ulong userId, string sourceId, CancellationToken ct) =>
        RunBySource(db, guildId, userId, sourceId, ct);

    public Task<CheckIn?> FindLatestCheckInAsync(ulong guildId, ulong userId, DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        LatestCheckIn(db, guildId, userId, fromUtc, toUtc, ct);

    public Task<CheckIn?> FindCheckInAsync(long id, CancellationToken ct) =>
        db.CheckIns.FirstOrDefaultAsync(c => c.Id == id, ct);

    public void AddCheckIn(CheckIn checkIn) => db.CheckIns.Add(checkIn);

    public void AddRun(RunLog run) => db.Runs.Add(run);

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
