using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;

namespace RunWell.Persistence.Stores;

internal sealed class PauseStore(RunWellDbContext db) : IPauseStore
{
    public async Task<IReadOnlySet<ulong>> ListPausedUserIdsAsync(ulong guildId, DateTime atUtc, CancellationToken ct)
    {
        var ids = await db.Pauses.AsNoTracking()
            .Where(p => p.GuildId == guildId)
            .Where(Pause.ActiveAt(atUtc))
            .Select(p => p.UserId)
            .Distinct()
            .ToListAsync(ct);
        return ids.ToHashSet();
    }
}
