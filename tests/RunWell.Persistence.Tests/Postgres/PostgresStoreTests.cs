using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Postgres;

public sealed class PostgresStoreTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member();

    [PostgresFact]
    public async Task A_check_in_and_a_run_logged_through_the_engine_are_stored_as_utc_on_postgres()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);

        await services.RunAsync("checkin", Ann, ("mood", 4L), ("stress", 7L), ("energy", 3L));
        services.Time.Advance(TimeSpan.FromMinutes(40));
        var reply = await services.RunAsync("run log", Ann, ("minutes", 20L), ("mood", 7L), ("stress", 4L), ("energy", 6L));

        Assert.Contains("mood 4 → 7 · stress 7 → 4 · energy 3 → 6", reply.Message.Text.Plain, StringComparison.Ordinal);
        var checkIn = Assert.Single(await services.QueryAsync(db => db.CheckIns.AsNoTracking().ToListAsync()));
        var run = Assert.Single(await services.QueryAsync(db => db.Runs.AsNoTracking().ToListAsync()));
        Assert.Equal(checkIn.Id, run.BeforeCheckInId);
        Assert.Equal(Commands.GuildId, run.GuildId);
        Assert.Equal(DateTimeKind.Utc, run.AtUtc.Kind);
        Assert.Equal(TestServices.DefaultNow.UtcDateTime.AddMinutes(40), run.CreatedAtUtc);
    }

    [PostgresFact]
    public async Task Two_publishers_racing_for_the_same_post_key_on_postgres_post_it_once()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        await services.RunAsync("checkin", Ann, ("mood", 5L)); // creates the club the posts belong to

        // Twenty periods, two publishers each (two scopes, as two nodes would be): one wins every time.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async period =>
        {
            var key = $"2026-W{period:00}";
            var saved = await Task.WhenAll(PublishAsync(services, key, "a"), PublishAsync(services, key, "b"));
            return saved.Count(won => won);
        }));

        Assert.All(outcomes, winners => Assert.Equal(1, winners));
        Assert.Equal(20, await services.QueryAsync(db => db.ScheduledPosts.CountAsync()));
        Assert.Equal(20, await services.QueryAsync(db => db.Outbox.CountAsync()));
    }

    private static async Task<bool> PublishAsync(PostgresServices services, string periodKey, string publisher)
    {
        await using var scope = services.Services.CreateAsyncScope();
        var posts = scope.ServiceProvider.GetRequiredService<IPostStore>();
        var now = services.Time.GetUtcNow().UtcDateTime;
        posts.Add(
            new ScheduledPost { GuildId = Commands.GuildId, Kind = PostKind.WeeklySummary, PeriodKey = periodKey, CreatedAtUtc = now },
            [new OutboxMessage
            {
                GuildId = Commands.GuildId,
                Kind = PostKind.WeeklySummary,
                ChannelId = Commands.ChannelId,
                PayloadJson = "{}",
                DeliveryKey = $"{periodKey}-{publisher}",
                Status = OutboxStatus.Pending,
                NextAttemptAtUtc = now,
                CreatedAtUtc = now,
            }]);
        return await posts.TrySaveNewAsync(CancellationToken.None);
    }
}
