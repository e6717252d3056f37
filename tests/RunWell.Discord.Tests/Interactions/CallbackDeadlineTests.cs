using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunWell.Discord.Interactions;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Interactions;

/// <summary>
/// A first callback that Discord has not accepted 3 s after receipt is given up and its handler stopped:
/// Discord held by an explicit gate, the 3 s read on a clock the bot and the fake share.
/// </summary>
public sealed class CallbackDeadlineTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_deferral_still_unanswered_3_s_after_receipt_is_abandoned_and_the_handler_cancelled()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var fake = await FakeDiscordServer.StartAsync(time: time);
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        await using var bot = await BotHost.StartAsync(fake, services: s => s.AddSingleton<TimeProvider>(time));
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Handler.Behaviour = async (_, ct) =>
        {
            await Poll.UntilCancelledAsync(ct, cancelled);
            return InteractionResponse.Reply(DiscordMessage.Text("never"));
        };

        using var slowDiscord = fake.Rest.Hold(FakeRoute.InteractionCallback);
        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "summary").CreatedAt(time.GetUtcNow()));
        var inbox = bot.Host.Services.GetRequiredService<InteractionInbox>();
        await Poll.UntilAsync(() => inbox.Snapshot(DateTimeOffset.MinValue).Running == 1, Wait);

        // BotHost defers after 300 ms: the deferral reaches Discord, which sits on it.
        time.Advance(TimeSpan.FromMilliseconds(300));
        await Poll.UntilAsync(() => slowDiscord.Arrived == 1, Wait);
        Assert.False(cancelled.Task.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(2_700));
        await WithStateOnTimeoutAsync(cancelled.Task.WaitAsync(Wait), bot, fake, time);
        await bot.WhenIdleAsync(Wait);

        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Id.Id == 404);
        Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route is FakeRoute.EditOriginal or FakeRoute.CreateFollowup));
    }

    [Fact]
    public async Task Every_first_callback_gets_its_own_whole_3_s_after_earlier_ones_expired_or_were_answered()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var fake = await FakeDiscordServer.StartAsync(time: time);
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        await using var bot = await BotHost.StartAsync(fake, services: s => s.AddSingleton<TimeProvider>(time));
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);
        bot.Handler.Behaviour = (_, _) => Task.FromResult(InteractionResponse.Reply(DiscordMessage.Text("saved")));
        int Expired() => bot.Logs.GetSnapshot().Count(r => r.Id.Id == 404);
        // By interaction: a held callback Discord already received may still be processed when it is released
        // (as Discord would), after the bot gave up on it, so a count over all callbacks would race with that.
        bool Answered(JsonObject interaction) => fake.Rest.Requests.Count(r => r.Route == FakeRoute.InteractionCallback
            && r.MajorId == interaction["id"]!.GetValue<string>() && r.Status is >= 200 and < 300) == 1;

        // One whose 3 s run out while Discord sits on it.
        using (var slow = fake.Rest.Hold(FakeRoute.InteractionCallback))
        {
            await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "checkin").CreatedAt(time.GetUtcNow()));
            await Poll.UntilAsync(() => slow.Arrived == 1, Wait);
            time.Advance(TimeSpan.FromSeconds(3));
            await Poll.UntilAsync(() => Expired() == 1, Wait);
        }

        // The next is not cut short by the expired one's deadline.
        var next = FakeInteractions.SlashCommand(fake.ApplicationId, "checkin").CreatedAt(time.GetUtcNow());
        await fake.Gateway.SendInteractionAsync(next);
        await Poll.UntilAsync(() => Answered(next), Wait);
        await bot.WhenIdleAsync(Wait);

        // And one after an answered callback still expires at its own 3 s.
        using (var slow = fake.Rest.Hold(FakeRoute.InteractionCallback))
        {
            await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "checkin").CreatedAt(time.GetUtcNow()));
            await Poll.UntilAsync(() => slow.Arrived == 1, Wait);
            time.Advance(TimeSpan.FromMilliseconds(2_900));
            Assert.Equal(1, Expired());
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Poll.UntilAsync(() => Expired() == 2, Wait);
        }
        Assert.True(Answered(next));
        Assert.Equal(2, Expired());
    }

    /// <summary>
    /// Should this wait time out, the failure says what the bot logged, what the fake received, and whether
    /// the fake clock's timers still run (that log, "handler was cancelled", is what showed the test's own
    /// registration being skipped; see <see cref="Poll.UntilCancelledAsync"/>).
    /// </summary>
    private static async Task WithStateOnTimeoutAsync(Task wait, BotHost bot, FakeDiscordServer fake, FakeTimeProvider time)
    {
        try
        {
            await wait;
        }
        catch (TimeoutException ex)
        {
            var gate = typeof(FakeTimeProvider).GetField("_wakeWaitersGate", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)?.GetValue(time);
            var requests = string.Join("; ", fake.Rest.Requests.All.Select(r => $"{r.Route} {r.Status}"));
            throw new TimeoutException($"Clock {time}, timer gate {gate ?? "?"}. Requests: {requests}. Logs:\n{bot.AllLogText()}", ex);
        }
    }
}
