using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;

namespace RunWell.Persistence.Stores;

internal sealed class ClubStore(RunWellDbContext db) : IClubStore
{
    // Compiled once (per model, see PerModel): every command looks its club up, and EF's per-call query-cache lookup cost more than SQLite did.
    private static readonly PerModel<Func<RunWellDbContext, ulong, CancellationToken, Task<Club?>>> ByGuild = new(() =>
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, CancellationToken _) => db.Clubs.FirstOrDefault(c => c.GuildId == guildId)));

    public Task<Club?> FindAsync(ulong guildId, CancellationToken ct) => ByGuild.For(db)(db, guildId, ct);

    public Task<Club> GetOrCreateAsync(ulong guildId, Func<Club> create, CancellationToken ct) =>
        InsertOnce.GetOrInsertAsync(db, (typeof(Club), guildId), () => FindAsync(guildId, ct), create, ct);

    public void Track(Club club) => UntrackedRows.Track(db, club);

    public async Task<IReadOnlyList<Club>> ListActiveAsync(CancellationToken ct) =>
        await db.Clubs.Where(c => c.RemovedAtUtc == null).OrderBy(c => c.GuildId).ToListAsync(ct);
}
