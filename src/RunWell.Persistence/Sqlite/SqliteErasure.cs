using Microsoft.EntityFrameworkCore;

namespace RunWell.Persistence.Sqlite;

/// <summary>
/// After an erasure on SQLite, moves the WAL into the database file and truncates the WAL to zero
/// bytes: with <c>secure_delete</c> on, the erased words are then gone from both files. PostgreSQL has
/// no equivalent here; reclaiming dead tuples (VACUUM) is the operator's job.
/// </summary>
internal static class SqliteErasure
{
    public static async Task CheckpointAsync(RunWellDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
    }
}
