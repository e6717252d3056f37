using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Posts;
using RunWell.Domain.Privacy;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Postgres;

/// <summary>
/// /privacy delete, retention and the purge of a removed server on PostgreSQL: the same rows go as on
/// SQLite. Every table and column is read back (<see cref="RowScan"/>), not just the ones listed here.
/// </summary>
public sealed class PostgresErasureTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member(Commands.AnnId + 500, "Ann");

    private static readonly string[] KeptTables = ["Members", "CheckIns", "Runs", "Pauses", "Nudges", "BuddyAnswers", "Outbox", "ScheduledPosts"];

    private RunWellDbContext CreateContext() =>
        new PostgresRunWellDbContext(new DbContextOptionsBuilder<PostgresRunWellDbContext>().UseNpgsql(database.ConnectionString).Options);

    private async Task<IReadOnlyDictionary<string, long>> ScanAsync(Func<RunWellDbContext, Task<IReadOnlyDictionary<string, long>>> scan)
    {
        await using var db = CreateContext();
        return await scan(db);
    }

    [PostgresFact]
    public async Task Delete_on_postgres_leaves_no_row_naming_the_member()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        var earlier = TestServices.DefaultNow.UtcDateTime.AddDays(-2);
        await MemberRows.AddEverywhereAsync(CreateContext, Commands.GuildId, Ann.UserId, "pg-ann-rows", Commands.BenId + 500, earlier);
        await MemberRows.AddGroupPostsNamingAsync(CreateContext, Commands.GuildId, Ann.UserId, Commands.ChannelId, earlier);
        await services.RunAsync("checkin", Ann, ("mood", 3L), ("stress", 6L), ("energy", 4L), ("concern", "pg-concern"));
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("note", "pg-note"));
        await services.RunAsync("pause", Ann, ("days", 3L), ("reason", "pg-reason"));
        var id = Ann.UserId.ToString(CultureInfo.InvariantCulture);
        await services.QueryAsync(async db =>
        {
            var post = new ScheduledPost { GuildId = Commands.GuildId, Kind = PostKind.WeeklySummary, PeriodKey = "2026-W40", CreatedAtUtc = TestServices.DefaultNow.UtcDateTime };
            db.ScheduledPosts.Add(post);
            await db.SaveChangesAsync();
            db.Outbox.Add(new OutboxMessage
            {
                GuildId = Commands.GuildId, ScheduledPostId = post.Id, Kind = PostKind.WeeklySummary, ChannelId = Commands.ChannelId,
                PayloadJson = $"{{\"text\":\"Shout-out to <@{id}>\"}}", DeliveryKey = Guid.NewGuid().ToString("N")[..25],
                Status = OutboxStatus.Sent, NextAttemptAtUtc = TestServices.DefaultNow.UtcDateTime, CreatedAtUtc = TestServices.DefaultNow.UtcDateTime,
            });
            return await db.SaveChangesAsync();
        });

        var asked = await services.RunAsync("privacy delete", Ann);
        await services.PressAsync(asked.Message.Buttons.Single(b => b.Label == "Delete everything").Id, Ann);
        await services.RunAsync("profile show", Ann);
        await services.RunAsync("review", Ann);

        var left = await services.QueryAsync(async db => new[]
        {
            await db.Members.CountAsync(m => m.UserId == Ann.UserId),
            await db.CheckIns.CountAsync(c => c.UserId == Ann.UserId),
            await db.Runs.CountAsync(r => r.UserId == Ann.UserId),
            await db.Pauses.CountAsync(p => p.UserId == Ann.UserId),
            await db.Outbox.CountAsync(o => o.PayloadJson.Contains(id)),
            await db.CheckIns.CountAsync(c => c.Concern == "pg-concern"),
        });
        Assert.All(left, n => Assert.Equal(0, n));
        var rows = await ScanAsync(db => RowScan.RowsNamingAsync(db, Ann.UserId, "pg-ann-rows", "pg-concern", "pg-note", "pg-reason"));
        Assert.True(rows.Values.All(n => n == 0), "Left on PostgreSQL: " + RowScan.Describe(rows));
        Assert.Contains("Outbox", rows.Keys);
    }

    [PostgresFact]
    public async Task Retention_on_postgres_leaves_nothing_of_a_member_whose_rows_are_all_past_it()
    {
        const ulong Guild = 990_001, Quiet = 990_011, Recent = 990_012, Partner = 990_013;
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        var now = TestServices.DefaultNow.UtcDateTime;
        await MemberRows.EnsureClubAsync(CreateContext, Guild, configure: c => c.RetentionDays = 30);

        // Every kind of row, 60 days old: entries, pause, buddy week, nudge log and key, stored posts naming them.
        await MemberRows.AddEverywhereAsync(CreateContext, Guild, Quiet, "pg-old-rows", Partner, now.AddDays(-60));
        await MemberRows.AddGroupPostsNamingAsync(CreateContext, Guild, Quiet, Commands.ChannelId, now.AddDays(-60));
        await using (var db = CreateContext())
        {
            // Opted out since: nothing of theirs still does anything, so the member row goes too.
            await db.Members.Where(m => m.GuildId == Guild && m.UserId == Quiet)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.BuddyOptIn, false).SetProperty(m => m.NudgeOptIn, false));
        }

        await MemberRows.AddEverywhereAsync(CreateContext, Guild, Recent, "pg-recent-rows", Partner, now.AddDays(-1));

        var report = await services.RunRetentionAsync();

        var quiet = await ScanAsync(db => RowScan.RowsNamingAsync(db, Quiet, "pg-old-rows"));
        Assert.True(quiet.Values.All(n => n == 0), "Left on PostgreSQL: " + RowScan.Describe(quiet));
        Assert.True(report.Deleted.Members >= 1 && report.Deleted.OutboxRows >= 3 && report.Deleted.PostKeys >= 3, report.Deleted.ToString());

        // Inside retention nothing moves: the recent member keeps every row.
        var recent = await ScanAsync(db => RowScan.RowsNamingAsync(db, Recent, "pg-recent-rows"));
        Assert.All(KeptTables, table => Assert.Equal(1, recent[table]));
    }

    [PostgresFact]
    public async Task A_removed_server_is_purged_from_every_table_on_postgres_after_thirty_days()
    {
        const ulong Guild = 990_002, First = 990_021, Second = 990_022;
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        var now = TestServices.DefaultNow.UtcDateTime;
        await MemberRows.EnsureClubAsync(CreateContext, Guild, configure: c => c.RemovedAtUtc = now.AddDays(-31));
        await MemberRows.AddEverywhereAsync(CreateContext, Guild, First, "pg-gone-first", Second, now.AddDays(-40));
        await MemberRows.AddEverywhereAsync(CreateContext, Guild, Second, "pg-gone-second", First, now.AddDays(-35));
        await MemberRows.AddGroupPostsNamingAsync(CreateContext, Guild, First, Commands.ChannelId, now.AddDays(-33));
        Assert.Contains(await ScanAsync(db => RowScan.RowsOfServerAsync(db, Guild)), r => r.Key == "Outbox" && r.Value == 4);

        var report = await services.RunRetentionAsync();

        Assert.Equal(1, report.ServersPurged);
        var server = await ScanAsync(db => RowScan.RowsOfServerAsync(db, Guild));
        Assert.True(server.Values.All(n => n == 0), "Left on PostgreSQL: " + RowScan.Describe(server));
        foreach (var (member, tag) in new[] { (First, "pg-gone-first"), (Second, "pg-gone-second") })
        {
            var rows = await ScanAsync(db => RowScan.RowsNamingAsync(db, member, tag));
            Assert.True(rows.Values.All(n => n == 0), $"Left of {member} on PostgreSQL: " + RowScan.Describe(rows));
        }
    }
}
