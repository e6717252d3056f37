using Microsoft.Extensions.DependencyInjection;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Interactions;

/// <summary>The pipeline's health reading: stuck workers, a stalled queue, and the gateway session.</summary>
public sealed class PipelineHealthTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Stuck_workers_degrade_health_all_of_them_make_it_unhealthy_and_it_recovers_when_they_finish()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Every running handler counts as stuck at once, so the reading depends on who runs, not on a clock.
        await using var bot = await StartBlockedAsync(fake, workers: 2, release.Task, t => t.StuckHandlerAfter = TimeSpan.FromTicks(-1));
        var health = bot.Host.Services.GetRequiredService<DiscordPipelineHealth>();
        Assert.Equal(PipelineCondition.Healthy, (await UntilAsync(health, r => r.Snapshot.Running == 0)).Condition);

        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"]));
        var one = await UntilAsync(health, r => r.Snapshot.Running == 1);
        Assert.Equal(PipelineCondition.Degraded, one.Condition);

        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"]));
        var both = await UntilAsync(health, r => r.Snapshot.Running == 2);
        Assert.Equal(PipelineCondition.Unhealthy, both.Condition);
        Assert.Contains("All 2 workers", both.Description, StringComparison.Ordinal);

        release.SetResult();
        var after = await UntilAsync(health, r => r.Snapshot.Running == 0);
        Assert.Equal(PipelineCondition.Healthy, after.Condition);
    }

    [Fact]
    public async Task An_interaction_waiting_too_long_for_a_worker_makes_health_unhealthy()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Waiting at all counts as too long: one worker busy and one interaction behind it is a stalled queue.
        await using var bot = await StartBlockedAsync(fake, workers: 1, release.Task, t => t.QueuedTooLong = TimeSpan.FromTicks(-1));
        var health = bot.Host.Services.GetRequiredService<DiscordPipelineHealth>();

        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"]));
        await UntilAsync(health, r => r.Snapshot.Running == 1);
        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"]));
        var stalled = await UntilAsync(health, r => r.Snapshot.Queued == 1);

        Assert.Equal(PipelineCondition.Unhealthy, stalled.Condition);
        Assert.Contains("waited", stalled.Description, StringComparison.Ordinal);
        release.SetResult();
        Assert.Equal(PipelineCondition.Healthy, (await UntilAsync(health, r => r.Snapshot.Running == 0 && r.Snapshot.Queued == 0)).Condition);
    }

    [Fact]
    public async Task Without_a_gateway_session_health_is_unhealthy()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        await fake.WaitForSessionAsync(Wait);
        var health = bot.Host.Services.GetRequiredService<DiscordPipelineHealth>();
        Assert.Equal(PipelineCondition.Healthy, (await UntilAsync(health, r => r.Snapshot.Running == 0)).Condition);

        await bot.Host.StopAsync();

        var down = health.Check();
        Assert.Equal(PipelineCondition.Unhealthy, down.Condition);
        Assert.Contains("Not connected", down.Description, StringComparison.Ordinal);
    }

    /// <summary>A session up, with handlers that block until <paramref name="release"/> completes.</summary>
    private static async Task<BotHost> StartBlockedAsync(FakeDiscordServer fake, int workers, Task release, Action<DiscordTuning> tune)
    {
        var bot = await BotHost.StartAsync(fake, tune: tune,
            settings: new Dictionary<string, string?> { ["Discord:MaxConcurrentInteractions"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await fake.WaitForSessionAsync(Wait);
        bot.Handler.Behaviour = async (_, _) =>
        {
            await release;
            return InteractionResponse.Reply(DiscordMessage.Text("done"));
        };
        return bot;
    }

    private static async Task<PipelineHealthReport> UntilAsync(DiscordPipelineHealth health, Func<PipelineHealthReport, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            var report = health.Check();
            if (condition(report))
                return report;
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }
}
