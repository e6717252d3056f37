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
}
