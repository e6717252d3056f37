using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Persistence.Tests.Postgres;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Migrations;

/// <summary>
/// Members.LastActivityAtUtc is derived now (DerivedLastActivity drops it). Should that migration be
/// reverted, the release that still stores it finds it refilled from the rows: the newest check-in,
/// run or buddy answer, null for a member with none.
/// </summary>
public sealed class LastActivityRefillTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    private const string Before = "SummaryCoveringIndexes";
    private static readonly DateTime At = new(2026, 11, 25, 17, 5, 0, DateTimeKind.Utc);
    private static readonly string[] Expected = ["1 2026-11-24 17:05:00", "2 2026-11-25 16:05:00", "3 "];

    [Fact]
    public async Task Reverting_on_sqlite_refills_the_stored_column_from_the_rows()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            await SeedAsync(db);
            await db.GetService<IMigrator>().MigrateAsync(Before);
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT UserId || ' ' || ifnull(LastActivityAtUtc, '') FROM Members ORDER BY UserId";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        Assert.Equal(Expected, rows);
    }

    [PostgresFact]
    public async Task Reverting_on_postgres_refills_the_stored_column_from_the_rows()
    {
        await using var services = await PostgresServices.StartAsync(postgres.ConnectionString);
        var rows = await services.QueryAsync(async db =>
        {
            await SeedAsync(db);
            await db.GetService<IMigrator>().MigrateAsync(Before);
            return await db.Database.SqlQueryRaw<string>(
                """
                SELECT "UserId"::text || ' ' || coalesce(to_char("LastActivityAtUtc" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), '') AS "Value"
                FROM "Members" ORDER BY "UserId"
                """).ToListAsync();
        });

        Assert.Equal(Expected, rows);
    }

    private static async Task SeedAsync(RunWellDbContext db)
    {
        db.Clubs.Add(new Club { GuildId = 1, Name = "c", CreatedAtUtc = At });
        db.Members.AddRange(
            new Member { GuildId = 1, UserId = 1, CreatedAtUtc = At },
            new Member { GuildId = 1, UserId = 2, CreatedAtUtc = At },
            new Member { GuildId = 1, UserId = 3, CreatedAtUtc = At });
        var week = new BuddyGroup { GuildId = 1, WeekStart = new DateOnly(2026, 11, 23), CreatedAtUtc = At };
        db.BuddyGroups.Add(week);
        await db.SaveChangesAsync();

        db.CheckIns.Add(new CheckIn { GuildId = 1, UserId = 1, AtUtc = At.AddDays(-1), Mood = 5, Stress = 5, Energy = 5 });
        db.Runs.AddRange(
            new RunLog { GuildId = 1, UserId = 1, AtUtc = At.AddDays(-2), Minutes = 20 },
            new RunLog { GuildId = 1, UserId = 2, AtUtc = At.AddDays(-3), Minutes = 20 });
        db.BuddyAnswers.Add(new BuddyAnswer { GroupId = week.Id, GuildId = 1, UserId = 2, AnsweredAtUtc = At.AddHours(-1) });
        await db.SaveChangesAsync();
    }
}
