using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Migrations;

public sealed class MigrationTests
{
    [Fact]
    public async Task The_model_has_no_changes_without_a_sqlite_migration()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add <Name> --context SqliteRunWellDbContext --output-dir Migrations/Sqlite` for the model change.");
    }

    [Fact]
    public async Task The_model_has_no_changes_without_a_postgres_migration()
    {
        // Comparing the model with the committed snapshot needs no server, so this runs everywhere.
        await using var db = new PostgresRunWellDbContext(
            new DbContextOptionsBuilder<PostgresRunWellDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add <Name> --context PostgresRunWellDbContext --output-dir Migrations/Postgres` for the model change.");
    }

    [Fact]
    public void Each_provider_sees_only_its_own_migrations()
    {
        using var sqlite = new SqliteRunWellDbContext(new DbContextOptionsBuilder<SqliteRunWellDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresRunWellDbContext(new DbContextOptionsBuilder<PostgresRunWellDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);

        // The SQLite history keeps its original id, so existing files need no new migration.
        var mine = sqlite.Database.GetMigrations().ToList();
        var theirs = postgres.Database.GetMigrations().ToList();
        Assert.Equal("20261125192557_Initial", mine[0]);
        Assert.Equal("20261125200146_Initial", theirs[0]);
        Assert.Empty(mine.Intersect(theirs));

        // Every model change has its migration on both providers, under the same name.
        Assert.Equal(theirs.Select(Name), mine.Select(Name));
    }

    [Fact]
    public async Task The_migrator_creates_every_table_in_an_empty_file_in_wal_mode()
    {
        await using var database = TestDatabase.CreateEmpty();
        // The real migrator, registered as the host registers it, pointed at the empty file.
        await using (var provider = TestServices.Build(TestServices.CreateBuilder(database.ConnectionString, new FakeTimeProvider(TestServices.DefaultNow))))
        {
            await provider.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single().StartAsync(CancellationToken.None);
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.Superset(
            new HashSet<string> { "Clubs", "Members", "Pauses", "CheckIns", "Runs", "BuddyGroups", "BuddyGroupMembers", "BuddyAnswers", "Nudges", "ScheduledPosts", "Outbox", "BotStates", "PlanReminders", "Milestones", "__EFMigrationsHistory" },
            tables.ToHashSet());
        Assert.Equal(["wal"], await QueryAsync(connection, "PRAGMA journal_mode"));
    }

    /// <summary>A new admin's first start prints no warning: EF's SQLite table rebuilds used to warn on every fresh file.</summary>
    [Fact]
    public async Task Migrating_an_empty_file_logs_no_warning()
    {
        await using var database = TestDatabase.CreateEmpty();
        var builder = TestServices.CreateBuilder(database.ConnectionString, new FakeTimeProvider(TestServices.DefaultNow));
        builder.Services.AddFakeLogging(o => o.CollectRecordsForDisabledLogLevels = false);
        await using (var provider = TestServices.Build(builder))
        {
            await provider.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single().StartAsync(CancellationToken.None);
            var logs = provider.GetFakeLogCollector().GetSnapshot();

            Assert.Contains(logs, l => l.Message.StartsWith("Database ready", StringComparison.Ordinal));
            Assert.Empty(logs.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(l => l.Category + ": " + l.Message));
        }
    }

    [Fact]
    public async Task Applying_migrations_twice_is_harmless()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static async Task<List<string>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static string Name(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
