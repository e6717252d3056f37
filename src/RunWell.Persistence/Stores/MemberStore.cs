using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Persistence.Caching;

namespace RunWell.Persistence.Stores;

internal sealed class MemberStore(RunWellDbContext db, ClubMemberCache cache) : IMemberStore
{
    // Compiled once (per model): every member command runs it (see ClubStore).
    private static readonly PerModel<Func<RunWellDbContext, ulong, ulong, CancellationToken, Task<Member?>>> ByUser = new(() =>
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, CancellationToken _) =>
            db.Members.FirstOrDefault(m => m.GuildId == guildId && m.UserId == userId)));

    // The club and the member in one statement (a left join on the member's key), both tracked: the two
    // lookups every command began with were a round trip and a query execution each.
    private static readonly PerModel<Func<RunWellDbContext, ulong, ulong, CancellationToken, Task<ClubAndMember?>>> WithClub = new(() =>
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, CancellationToken _) =>
            (from c in db.Clubs
             where c.GuildId == guildId
             from m in db.Members.Where(m => m.GuildId == c.GuildId && m.UserId == userId).DefaultIfEmpty()
             select new ClubAndMember(c, m))
            .FirstOrDefault()));

    // The same statement with neither row tracked (AsNoTracking holds for the whole query), for the entry path.
    private static readonly PerModel<Func<RunWellDbContext, ulong, ulong, CancellationToken, Task<ClubAndMember?>>> WithClubUntracked = new(() =>
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, CancellationToken _) =>
            (from c in db.Clubs.AsNoTracking()
             where c.GuildId == guildId
             from m in db.Members.Where(m => m.GuildId == c.GuildId && m.UserId == userId).DefaultIfEmpty()
             select new ClubAndMember(c, m))
            .FirstOrDefault()));

    public Task<Member?> FindAsync(ulong guildId, ulong userId, CancellationToken ct) => ByUser.For(db)(db, guildId, userId, ct);

    public async Task<(Club? Club, Member? Member)> FindWithClubAsync(ulong guildId, ulong userId, CancellationToken ct) =>
        await WithClub.For(db)(db, guildId, userId, ct) is { } found ? (found.Club, found.Member) : (null, null);

    public async Task<(Club? Club, Member? Member)> ReadWithClubAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        if (UntrackedRows.ScopeTracksRows(db))
        {
            return await FindWithClubAsync(guildId, userId, ct);
        }

        // A transaction may hold rows not yet committed (or about to be rolled back): never cached from there.
        var cacheable = cache.Enabled && db.Database.CurrentTransaction is null;
        if (cacheable && cache.TryGet(guildId, userId, out var cachedClub, out var cachedMember))
        {
            return (cachedClub, cachedMember);
        }

        var generation = cacheable ? cache.Generation : 0;
        var found = await WithClubUntracked.For(db)(db, guildId, userId, ct);
        if (cacheable && found is { Member: { } member })
        {
            cache.Store(generation, found.Club, member);
        }

        return found is null ? (null, null) : (found.Club, found.Member);
    }

    public void Track(Member member) => UntrackedRows.Track(db, member);

    public Task<Member> GetOrCreateAsync(ulong guildId, ulong userId, Func<Member> create, CancellationToken ct) =>
        InsertOnce.GetOrInsertAsync(db, (typeof(Member), guildId, userId), () => FindAsync(guildId, userId, ct), create, ct);

    public Task<Pause?> FindActivePauseAsync(ulong guildId, ulong userId, DateTime utc, CancellationToken ct) =>
        db.Pauses
            .Where(p => p.GuildId == guildId && p.UserId == userId)
            .Where(Pause.ActiveAt(utc))
            .OrderByDescending(p => p.EndUtc)
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Pause>> ListPausesAsync(ulong guildId, ulong userId, DateTime fromUtc, CancellationToken ct) =>
        await db.Pauses
            .Where(p => p.GuildId == guildId && p.UserId == userId && p.EndUtc > fromUtc)
            .OrderBy(p => p.StartUtc)
            .ToListAsync(ct);

    public void AddPause(Pause pause) => db.Pauses.Add(pause);

    private sealed record ClubAndMember(Club Club, Member? Member);
}
