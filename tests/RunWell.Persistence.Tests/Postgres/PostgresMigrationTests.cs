using Microsoft.EntityFrameworkCore;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Postgres;

public sealed class PostgresMigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task The_migrator_creates_every_table_on_postgres_and_leaves_nothing_pending()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);

        var tables = await services.QueryAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'")
            .ToListAsync());
        Assert.Superset(
            new HashSet<string> { "Clubs", "Members", "Pauses", "CheckIns", "Runs", "BuddyGroups", "BuddyGroupMembers", "BuddyAnswers", "Nudges", "ScheduledPosts", "Outbox", "BotStates", "PlanReminders", "Milestones", "__EFMigrationsHistory" },
            tables.ToHashSet());
        Assert.Empty(await services.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
        Assert.Equal(nameof(PostgresRunWellDbContext), await services.QueryAsync(db => Task.FromResult(db.GetType().Name)));

        // A second process starting later (or at once) finds the schema current and changes nothing.
        await using var again = await PostgresServices.StartAsync(database.ConnectionString);
        var known = await again.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        Assert.Equal("20261125200146_Initial", known[0]);
        Assert.Equal(known, await again.QueryAsync(db => db.Database.GetAppliedMigrationsAsync()));
    }
}
