using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Milestones;

namespace RunWell.Persistence.Stores;

internal sealed class MilestoneStore(RunWellDbContext db) : IMilestoneStore
{
    public Task<int> CountRunsAsync(ulong guildId, ulong userId, CancellationToken ct) =>
        db.Runs.CountAsync(r => r.GuildId == guildId && r.UserId == userId, ct);

    public async Task<IReadOnlyList<(MilestoneKind Kind, int Count)>> ListAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var rows = await db.Milestones.AsNoTracking()
            .Where(m => m.GuildId == guildId && m.UserId == userId)
            .Select(m => new { m.Kind, m.Count })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.Kind, r.Count))];
    }

    public async Task<bool> TryAddAsync(IReadOnlyList<Milestone> milestones, CancellationToken ct)
    {
        db.Milestones.AddRange(milestones);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (InsertOnce.IsUniqueViolation(ex))
        {
            // A simultaneous run recorded them first and says them; this one stays quiet.
            foreach (var milestone in milestones)
            {
                db.Entry(milestone).State = EntityState.Detached;
            }

            return false;
        }
    }

    public async Task<IReadOnlyList<MilestoneReached>> ListCelebratedAsync(ulong guildId, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var rows = await db.Milestones.AsNoTracking()
            .Where(m => m.GuildId == guildId && m.ReachedAtUtc >= fromUtc && m.ReachedAtUtc < toUtc)
            .Where(m => db.Members.Any(x => x.GuildId == guildId && x.UserId == m.UserId && x.CelebrateMilestones))
            .Select(m => new { m.UserId, m.Kind, m.Count })
            .ToListAsync(ct);
        return [.. rows.Select(r => new MilestoneReached(r.UserId, r.Kind, r.Count))];
    }
}
