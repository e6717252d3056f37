using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;

namespace RunWell.Persistence.Stores;

internal sealed class OutboxStore(RunWellDbContext db) : IOutboxStore
{
    public async Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTime nowUtc, int max, CancellationToken ct) =>
        await db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= nowUtc)
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Take(max)
            .ToListAsync(ct);

    public async Task<OutboxBacklog> MeasureBacklogAsync(DateTime nowUtc, CancellationToken ct)
    {
        var pending = db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending);
        var due = pending.Where(m => m.NextAttemptAtUtc <= nowUtc);
        var oldest = await due.OrderBy(m => m.NextAttemptAtUtc).Select(m => (DateTime?)m.NextAttemptAtUtc).FirstOrDefaultAsync(ct);
        return new OutboxBacklog(await pending.CountAsync(ct), await due.CountAsync(ct), oldest);
    }
}
