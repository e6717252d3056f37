using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;

namespace RunWell.Persistence.Stores;

internal sealed class ClubStore(RunWellDbContext db) : IClubStore
{
    public Task<Club?> FindAsync(ulong guildId, CancellationToken ct) =>
        db.Clubs.FirstOrDefaultAsync(c => c.GuildId == guildId, ct);

    public void Add(Club club) => db.Clubs.Add(club);

    public async Task<IReadOnlyList<Club>> ListActiveAsync(CancellationToken ct) =>
        await db.Clubs.Where(c => c.RemovedAtUtc == null).OrderBy(c => c.GuildId).ToListAsync(ct);
}
