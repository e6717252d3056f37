using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RunWell.Persistence.Stores;

/// <summary>
/// Insert-if-missing that survives a race. Within one process, a striped lock on the key makes the
/// second of two simultaneous first commands wait and find the row (no failed insert, no error in
/// the logs); across processes (shards on PostgreSQL) the loser of a race detaches its copy and
/// reads the winner's row instead of failing the member's command.
/// </summary>
internal static class InsertOnce
{
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<T> GetOrInsertAsync<T>(RunWellDbContext db, object key, Func<Task<T?>> find, Func<T> create, CancellationToken ct)
        where T : class
    {
        if (await find() is { } existing)
        {
            return existing;
        }

        var stripe = Stripes[(key.GetHashCode() & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(ct);
        try
        {
            return await find() ?? await InsertAsync(db, find, create, ct);
        }
        finally
        {
            stripe.Release();
        }
    }

    private static async Task<T> InsertAsync<T>(RunWellDbContext db, Func<Task<T?>> find, Func<T> create, CancellationToken ct)
        where T : class
    {
        var row = create();
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return row;
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            db.Entry(row).State = EntityState.Detached;
            return await find() ?? throw new InvalidOperationException("A concurrent insert won but its row cannot be read.", ex);
        }
    }

    /// <summary>SQLite's SQLITE_CONSTRAINT_UNIQUE/_PRIMARYKEY or PostgreSQL's unique_violation (23505, both kinds of key).</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException switch
        {
            // Extended codes, not the primary 19: a NOT NULL or foreign-key failure is a bug, not a race.
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueViolation or SqlitePrimaryKeyViolation,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };

    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;
}
