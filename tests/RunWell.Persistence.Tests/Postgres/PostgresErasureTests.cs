using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Posts;
using RunWell.Domain.Privacy;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Postgres;

/// <summary>/privacy delete and retention on PostgreSQL: the same rows go as on SQLite.</summary>
public sealed class PostgresErasureTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member(Commands.AnnId + 500, "Ann");

    [PostgresFact]
    public async Task Delete_on_postgres_leaves_no_row_naming_the_member()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        await services.RunAsync("checkin", Ann, ("mood", 3L), ("stress", 6L), ("energy", 4L), ("concern", "pg-concern"));
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("note", "pg-note"));
        await services.RunAsync("pause", Ann, ("days", 3L), ("reason", "pg-reason"));
        var id = Ann.UserId.ToString(CultureInfo.InvariantCulture);
        await services.QueryAsync(async db =>
        {
            var post = new ScheduledPost { GuildId = Commands.GuildId, Kind = PostKind.WeeklySummary, PeriodKey = "pg-" + id, CreatedAtUtc = TestServices.DefaultNow.UtcDateTime };
            db.ScheduledPosts.Add(post);
            await db.SaveChangesAsync();
            db.Outbox.Add(new OutboxMessage
            {
                GuildId = Commands.GuildId, ScheduledPostId = post.Id, Kind = PostKind.WeeklySummary, ChannelId = Commands.ChannelId,
                PayloadJson = $"{{\"text\":\"Shout-out to <@{id}>\"}}", Nonce = Guid.NewGuid().ToString("N")[..25],
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
    }
}
