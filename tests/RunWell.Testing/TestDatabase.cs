using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RunWell.Persistence;

namespace RunWell.Testing;

/// <summary>A real SQLite file in a temp folder, migrated with the committed migrations; deleted on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string directory)
    {
        Directory = directory;
        FilePath = Path.Combine(directory, "runwell.db");
        ConnectionString = $"Data Source={FilePath}";
    }

    public string Directory { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>An empty file (no schema): for tests of the migrator itself.</summary>
    public static TestDatabase CreateEmpty() =>
        new(System.IO.Directory.CreateTempSubdirectory("runwell-test-").FullName);

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = CreateEmpty();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A context of its own, for arranging rows and asserting on what was stored.</summary>
    public RunWellDbContext CreateContext() =>
        new SqliteRunWellDbContext(new DbContextOptionsBuilder<SqliteRunWellDbContext>().UseSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finalizing connection; the temp folder is cleaned by the OS later.
        }

        return ValueTask.CompletedTask;
    }
}
