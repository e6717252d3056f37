using RunWell.Persistence;

namespace RunWell.Testing;

/// <summary>Rows written and read straight through a context of their own, outside the code under test.</summary>
public static class Arrange
{
    public static async Task RowsAsync(this TestServices services, params object[] rows)
    {
        await using var db = services.Database.CreateContext();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public static async Task<T> QueryAsync<T>(this TestServices services, Func<RunWellDbContext, Task<T>> query)
    {
        await using var db = services.Database.CreateContext();
        return await query(db);
    }
}
