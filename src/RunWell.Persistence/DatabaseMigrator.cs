using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RunWell.Persistence;

/// <summary>
/// Applies committed migrations in StartAsync, before any later hosted service (scheduler, gateway,
/// console) starts, so nothing ever talks to an old schema. The registered context's type picks the
/// provider's own migrations; several processes starting at once on PostgreSQL are safe because EF
/// Core (9+) takes a database-wide lock around migrating.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RunWellDbContext>();

        if (db.Database.IsSqlite())
        {
            // WAL lets the scheduler write while members log runs; it is a property of the file, set once.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        // Migrate only when there is something to apply: MigrateAsync first compares the model with the
        // migrations' snapshot, and building that design-time model from the configuration is what the
        // compiled model (CompiledModels/) exists to avoid at every start. A model change without its
        // migration is caught by MigrationTests instead. Two processes starting at once stay safe: one
        // that saw a migration pending waits on EF's lock inside MigrateAsync, and one that saw none
        // came after the other had finished.
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        LogMigrated(pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Applied} migrations applied)")]
    private partial void LogMigrated(int applied);
}
