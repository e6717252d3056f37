using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RunWell.Discord.Interactions;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Interactions;

/// <summary>
/// An interaction's deadline timer is set before any worker can take it: with a clock a test moves, a test
/// that sees the interaction running and then moves the clock must find the deferral due (armed after
/// the queue write, a timer set just after the test moved the clock came due 300 ms late, and the deferral the
/// test waited for never went).
/// </summary>
public sealed class DeadlineArmingTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_deadline_is_armed_before_the_interaction_reaches_the_queue()
    {
        var fakeTime = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var time = new WatchedTime(fakeTime);
        await using var fake = await FakeDiscordServer.StartAsync(time: fakeTime);
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        await using var bot = await BotHost.StartAsync(fake, services: s => s.AddSingleton<TimeProvider>(time));
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);
        time.Queue = bot.Host.Services.GetRequiredService<InteractionQueue>();
        var inbox = bot.Host.Services.GetRequiredService<InteractionInbox>();
        var workers = bot.Host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.MaxConcurrentInteractions;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Handler.Behaviour = async (_, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return InteractionResponse.Reply(DiscordMessage.Text("done"));
        };

        // Every worker busy: the next interaction stays in the queue, which is empty until it is written.
        for (var i = 0; i < workers; i++)
            await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "checkin").CreatedAt(fakeTime.GetUtcNow()));
        await Poll.UntilAsync(() => inbox.Snapshot(DateTimeOffset.MinValue).Running == workers, Wait);
        var last = FakeInteractions.SlashCommand(fake.ApplicationId, "checkin").CreatedAt(fakeTime.GetUtcNow());
        await fake.Gateway.SendInteractionAsync(last);
        await Poll.UntilAsync(() => time.Armed.Count == workers + 1, Wait);
        release.SetResult();
        await bot.WhenIdleAsync(Wait);

        var armed = time.Armed.Single(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == last["id"]!.GetValue<string>());
        Assert.Equal(0, armed.Queued);
    }

    /// <summary>The fake clock, noting for each interaction deadline how many interactions were queued when it was set.</summary>
    private sealed class WatchedTime(FakeTimeProvider inner) : TimeProvider
    {
        public InteractionQueue? Queue { get; set; }

        public System.Collections.Concurrent.ConcurrentQueue<(ulong Id, int Queued)> Armed { get; } = new();

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (state is PendingInteraction pending && Queue is { } queue)
                Armed.Enqueue((pending.Interaction.Id, queue.Reader.Count));
            return inner.CreateTimer(callback, state, dueTime, period);
        }
    }
}
