using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;

namespace RunWell.Persistence.Stores;

internal sealed class ClubStore(RunWellDbContext db) : IClubStore
{
    public Task<Club?> FindAsync(ulong guildId, CancellationToken ct) =>
        db.Clubs.FirstOrDefaultAsync(c => c.GuildId == guildId, ct);

    public Task<Club> GetOrCreateAsync(ulong guildId, Func<Club> create, CancellationToken ct) =>
        InsertOnce.GetOrInsertAsync(db, (typeof(Club), guildId), () => FindAsync(guildId, ct), create, ct);

    public async Task<IReadOnlyList<Club>> ListActiveAsync(CancellationToken ct) =>
        await db.Clubs.Where(c => c.RemovedAtUtc == null).OrderBy(c => c.GuildId).ToListAsync(ct);
}
