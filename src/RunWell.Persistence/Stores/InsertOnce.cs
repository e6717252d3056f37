using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace RunWell.Persistence.Stores;

/// <summary>
/// Insert-if-missing that survives a race: when two scopes insert the same key at once, the loser
/// detaches its copy and reads the winner's row instead of failing the member's command.
/// </summary>
internal static class InsertOnce
{
    public static async Task<T> GetOrInsertAsync<T>(RunWellDbContext db, Func<Task<T?>> find, Func<T> create, CancellationToken ct)
        where T : class
    {
        if (await find() is { } existing)
        {
            return existing;
        }

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

    /// <summary>SQLite's SQLITE_CONSTRAINT (19) or PostgreSQL's unique_violation (23505).</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == 19,
            { } other => other.GetType().GetProperty("SqlState")?.GetValue(other) as string == "23505",
            null => false,
        };
}
