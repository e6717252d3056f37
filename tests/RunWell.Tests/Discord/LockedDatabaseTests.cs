using Microsoft.EntityFrameworkCore;
using RunWell.FakeDiscord;

namespace RunWell.Tests.Discord;

/// <summary>The real host, its SQLite file held by another writer in <c>BEGIN EXCLUSIVE</c>.</summary>
public sealed class LockedDatabaseTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LockHeld = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task Forty_interactions_during_a_12_second_lock_are_all_acknowledged_in_time_then_saved_and_answered_once()
    {
        // Writes wait out the lock (Database:BusyTimeout) instead of giving up at the default 5 s.
        await using var bot = await DiscordHost.StartAsync(FakeInteractions.GuildId, "--Database:BusyTimeout=00:00:30");
        var fake = bot.Fake;
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        // Like Discord: a first callback more than 3 s after the interaction was created is refused (10062).
        fake.Rest.CallbackWindow = TimeSpan.FromSeconds(3);

        var locked = TimeProvider.System.GetTimestamp();
        await using var held = await DatabaseLock.TakeAsync(bot.Database.ConnectionString);
        var ids = new List<string>();
        for (var member = 1; member <= 40; member++)
        {
            var interaction = PipelineHealthTests.CheckIn(fake, member);
            ids.Add(interaction["id"]!.GetValue<string>());
            await fake.Gateway.SendInteractionAsync(interaction);
        }

        // All forty are acknowledged (deferred) while the writer still holds the file.
        await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.InteractionCallback, 40, Wait);
        var remaining = LockHeld - TimeProvider.System.GetElapsedTime(locked);
        if (remaining > TimeSpan.Zero)
            await Task.Delay(remaining, TimeProvider.System); // holding the lock its full 12 s, not measuring anything
        Assert.DoesNotContain(fake.Rest.Requests.All, r => r.Route == FakeRoute.EditOriginal);
        await held.ReleaseAsync();

        await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.EditOriginal, 40, Wait);
        var callbacks = fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.InteractionCallback).ToList();
        Assert.Equal(ids.Order(), callbacks.Select(c => c.MajorId).Order());
        Assert.All(callbacks, c =>
        {
            Assert.Equal(204, c.Status); // never 10062: every first callback reached Discord inside 3 s
            Assert.Equal(5, c.Json!.Value.GetProperty("type").GetInt32());
        });
        Assert.All(fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.EditOriginal),
            edit => Assert.StartsWith("Check-in saved", edit.Json!.Value.GetProperty("content").GetString(), StringComparison.Ordinal));
        await using var db = bot.Database.CreateContext();
        var stored = await db.CheckIns.Select(c => c.UserId).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 40).Select(PipelineHealthTests.Member).Order(), stored.Order());
    }
}
