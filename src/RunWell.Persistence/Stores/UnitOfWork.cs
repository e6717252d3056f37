using RunWell.Domain.Ports;

namespace RunWell.Persistence.Stores;

internal sealed class UnitOfWork(RunWellDbContext db) : IUnitOfWork
{
    public Task SaveChangesAsync(CancellationToken ct) => db.SaveChangesAsync(ct);
}
