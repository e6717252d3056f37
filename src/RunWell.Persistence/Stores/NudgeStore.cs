using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;

namespace RunWell.Persistence.Stores;

internal sealed class NudgeStore(RunWellDbContext db) : INudgeStore
{
    public async Task<IReadOnlyList<Member>> ListCandidatesAsync(ulong guildId, DateTime nowUtc, CancellationToken ct)
    {
        var paused = Pause.ActiveAt(nowUtc);
        return await db.Members
            .Where(m => m.GuildId == guildId && m.NudgeOptIn
                && (m.NudgeSnoozedUntilUtc == null || m.NudgeSnoozedUntilUtc <= nowUtc)
                && !db.Pauses.Where(paused).Any(p => p.GuildId == m.GuildId && p.UserId == m.UserId))
            .OrderBy(m => m.UserId)
            .ToListAsync(ct);
    }

    public void AddLog(NudgeLog log) => db.Nudges.Add(log);

    public Task<NudgeLog?> FindPendingLogAsync(ulong guildId, ulong userId, CancellationToken ct) =>
        db.Nudges
            .Where(n => n.GuildId == guildId && n.UserId == userId && n.Delivery == NudgeDelivery.Pending)
            .OrderByDescending(n => n.Id)
            .FirstOrDefaultAsync(ct);
}
