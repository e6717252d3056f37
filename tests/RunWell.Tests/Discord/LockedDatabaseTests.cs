using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RunWell.FakeDiscord;
using RunWell.Testing;

namespace RunWell.Tests.Discord;

/// <summary>
/// The real host, its SQLite file held by another writer in <c>BEGIN EXCLUSIVE</c>. The bot and the fake
/// Discord share one fake clock, so Discord's 3-s window is judged on time only the test moves: a slow
/// machine makes the test slower, never wrong.
/// </summary>
public sealed class LockedDatabaseTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Forty_interactions_during_a_12_second_lock_are_all_acknowledged_in_time_then_saved_and_answered_once()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        // Writes wait out the lock (however long the test takes to hold it) rather than give up.
        await using var bot = await DiscordHost.StartAsync(time, "--Database:BusyTimeout=00:05:00");
        var fake = bot.Fake;
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        await ClubStoredAsync(bot);
        // Like Discord: a first callback more than 3 s after the interaction was created is refused (10062).
        fake.Rest.CallbackWindow = TimeSpan.FromSeconds(3);

        using var deferred = new InstrumentCount(bot, "runwell.discord.interactions.deferred");
        var held = await DatabaseLock.TakeAsync(bot.Database.ConnectionString);
        await using (held)
        {
            var ids = new List<string>();
            for (var member = 1; member <= 40; member++)
            {
                var interaction = PipelineHealthTests.CheckIn(fake, member).CreatedAt(time.GetUtcNow());
                ids.Add(interaction["id"]!.GetValue<string>());
                await fake.Gateway.SendInteractionAsync(interaction);
            }

            // All forty received (16 handlers blocked on the file, the rest queued), then 1.5 s pass.
            await UntilAsync(async () => await InFlightAsync(bot) == 40);
            time.Advance(TimeSpan.FromSeconds(1.5));
            await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.InteractionCallback, 40, Wait);
            // And the bot has read Discord's answers (the metric counts a deferral once it is accepted):
            // the clock moves on only then, as it would not stand still while answers are on the wire.
            await UntilAsync(() => Task.FromResult(deferred.Count == 40));

            // The writer keeps the file for 12 s of the bot's clock: nothing can be saved or answered meanwhile.
            time.Advance(TimeSpan.FromSeconds(10.5));
            Assert.DoesNotContain(fake.Rest.Requests.All, r => r.Route == FakeRoute.EditOriginal);
            Assert.Equal(40, await InFlightAsync(bot));
            await held.ReleaseAsync();

            await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.EditOriginal, 40, Wait);
            var callbacks = fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.InteractionCallback).ToList();
            Assert.Equal(ids.Order(), callbacks.Select(c => c.MajorId).Order());
            Assert.All(callbacks, c =>
            {
                Assert.Equal(204, c.Status); // never 10062
                Assert.Equal(5, c.Json!.Value.GetProperty("type").GetInt32());
                var created = FakeInteractions.CreationTime(ulong.Parse(c.MajorId!, CultureInfo.InvariantCulture));
                Assert.InRange(c.At - created, TimeSpan.Zero, TimeSpan.FromSeconds(3));
            });
        }

        Assert.All(fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.EditOriginal),
            edit => Assert.StartsWith("Check-in saved", edit.Json!.Value.GetProperty("content").GetString(), StringComparison.Ordinal));
        await using var db = bot.Database.CreateContext();
        var stored = await db.CheckIns.Select(c => c.UserId).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 40).Select(PipelineHealthTests.Member).Order(), stored.Order());
    }

    [Fact]
    public async Task With_the_default_busy_timeout_every_check_in_during_a_long_lock_ends_with_couldnt_save_and_stores_nothing()
    {
        // The wall clock and Database:BusyTimeout's default (5 s): each write gives up within 2 × 5 s
        // (queued behind this process's writes, then in SQLite), not after the driver's own 30 s per
        // writer in turn, which left the twentieth member waiting ten minutes.
        await using var bot = await DiscordHost.StartAsync(FakeInteractions.GuildId);
        var fake = bot.Fake;
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        await ClubStoredAsync(bot);

        await using var held = await DatabaseLock.TakeAsync(bot.Database.ConnectionString);
        // More than the 16 handlers: the queued ones meet the same bound once they start.
        const int members = 20;
        for (var member = 1; member <= members; member++)
            await fake.Gateway.SendInteractionAsync(PipelineHealthTests.CheckIn(fake, member));

        // The lock is never let go: every answer comes while it is held.
        await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.EditOriginal, members, Wait);
        Assert.All(fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.EditOriginal), edit =>
            Assert.Equal("I couldn't save that just now — nothing changed, please try again.",
                edit.Json!.Value.GetProperty("content").GetString()));
        await using var db = bot.Database.CreateContext();
        Assert.Equal(0, await db.CheckIns.CountAsync());
        Assert.Equal(0, await db.Members.CountAsync());
    }

    /// <summary>Interactions the bot holds (queued or running), from its health check's data.</summary>
    private static async Task<int> InFlightAsync(DiscordHost bot)
    {
        var entry = await PipelineHealthTests.PipelineAsync(bot);
        return (int)entry.Data["queued"] + (int)entry.Data["running"];
    }

    /// <summary>GUILD_CREATE (as Discord sends after READY) makes the club row; check-ins then only add members and entries.</summary>
    private static async Task ClubStoredAsync(DiscordHost bot)
    {
        await bot.Fake.Gateway.DispatchAsync("GUILD_CREATE", new JsonObject
        {
            ["id"] = FakeInteractions.GuildId.ToString(CultureInfo.InvariantCulture),
            ["name"] = "Club runs",
        });
        await UntilAsync(async () =>
        {
            await using var db = bot.Database.CreateContext();
            return await db.Clubs.AnyAsync(c => c.GuildId == FakeInteractions.GuildId);
        });
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (!await condition())
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
    }
}
