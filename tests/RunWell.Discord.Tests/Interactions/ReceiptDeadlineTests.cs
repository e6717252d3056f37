using System.Text.Json.Nodes;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Interactions;

/// <summary>The first answer is due 3 s after receipt, whatever the handler pool is doing.</summary>
public sealed class ReceiptDeadlineTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static async Task<(FakeDiscordServer Fake, BotHost Bot)> StartAsync(int workers, int queue = 256)
    {
        var fake = await FakeDiscordServer.StartAsync();
        var bot = await BotHost.StartAsync(fake, tune: t => t.InteractionQueueCapacity = queue,
            settings: new Dictionary<string, string?> { ["Discord:MaxConcurrentInteractions"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await fake.WaitForSessionAsync(Wait);
        return (fake, bot);
    }

    private static async Task<string> SendAsync(FakeDiscordServer fake, JsonObject interaction)
    {
        await fake.Gateway.SendInteractionAsync(interaction);
        return interaction["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task An_interaction_waiting_for_a_busy_pool_is_deferred_before_any_worker_takes_it()
    {
        var (fake, bot) = await StartAsync(workers: 1);
        await using (fake)
        await using (bot)
        {
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            bot.Handler.Behaviour = async (i, ct) =>
            {
                await release.Task.WaitAsync(ct);
                return InteractionResponse.Reply(DiscordMessage.Text("done " + i.Id));
            };
            var blocker = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"]));
            var waiting = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "review"));

            // The only worker is held by the first; the second still gets its deferral from the timer.
            var deferral = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == waiting, Wait);
            Assert.Equal(5, deferral.Json!.Value.GetProperty("type").GetInt32());
            Assert.DoesNotContain(bot.Handler.Handled, i => i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == waiting);

            release.SetResult();
            // The blocker's own timer may or may not have deferred it before the release: either way one answer.
            await fake.Rest.Requests.WaitForCountAsync(FinalAnswerTo([blocker, waiting]), 2, Wait);
            Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == blocker));
            Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == waiting));
        }
    }

    [Fact]
    public async Task An_interaction_created_10_s_ago_is_not_run_and_one_created_now_is()
    {
        var (fake, bot) = await StartAsync(workers: 4);
        await using (fake)
        await using (bot)
        {
            var old = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"]).CreatedAt(TimeProvider.System.GetUtcNow().AddSeconds(-10)));
            var fresh = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"]));

            await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == fresh, Wait);
            // The reader handles frames in order, so the old one was judged before the fresh one ran.
            Assert.DoesNotContain(bot.Handler.Handled, i => i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == old);
            Assert.Equal(0, fake.Rest.Requests.Count(r => r.MajorId == old));
            Assert.Contains(bot.Logs.GetSnapshot(), r => r.Id.Id == 412 && r.Message.Contains(old, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_full_queue_answers_busy_at_once_while_heartbeats_keep_flowing()
    {
        var (fake, bot) = await StartAsync(workers: 1, queue: 2);
        await using (fake)
        await using (bot)
        {
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            bot.Handler.Behaviour = async (i, ct) =>
            {
                await release.Task.WaitAsync(ct);
                return InteractionResponse.Reply(DiscordMessage.Text("done"));
            };
            var running = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"]));
            await WaitUntilAsync(() => bot.Handler.Handled.Any(h => h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == running));
            var ids = new List<string>();
            for (var i = 0; i < 5; i++)
                ids.Add(await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "checkin")));

            // Two fit the queue; the other three are told at once.
            var busy = ids.Skip(2).ToList();
            foreach (var id in busy)
            {
                var answer = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
                Assert.Equal(4, answer.Json!.Value.GetProperty("type").GetInt32());
                Assert.Equal(64, answer.Json.Value.GetProperty("data").GetProperty("flags").GetInt32());
                Assert.Contains("Busy", answer.Json.Value.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
            }

            // The reader kept reading: a heartbeat Discord asks for (op 1) is sent at once, twice, on the same connection.
            for (var i = 0; i < 2; i++)
            {
                var beats = fake.Gateway.Received.Count(p => p.Op == 1);
                await fake.Gateway.RequestHeartbeatAsync();
                await fake.Gateway.Received.WaitForCountAsync(p => p.Op == 1, beats + 1, Wait);
            }
            Assert.Equal(1, fake.Gateway.Connections);

            release.SetResult();
            // The running one and the two queued are answered once each: directly, or deferred and then edited,
            // depending on whether their 3-s timers fired before the release.
            await fake.Rest.Requests.WaitForCountAsync(FinalAnswerTo([running, ids[0], ids[1]]), 3, Wait);
            Assert.All(busy, id => Assert.DoesNotContain(bot.Handler.Handled, h => h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == id));
            Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == running));
        }
    }

    [Fact]
    public async Task A_callback_whose_502_hid_a_success_is_answered_once_without_an_apology()
    {
        var (fake, bot) = await StartAsync(workers: 4);
        await using (fake)
        await using (bot)
        {
            fake.Rest.FailNext(FakeRoute.InteractionCallback, new FakeFault(502, ProcessFirst: true));
            var id = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"]));

            // The retry meets 40060: the first attempt took effect, so that is the answer. On a slow machine the
            // first callback may be the 3-s timer's deferral instead of the reply; then the reply is its one edit.
            await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, 2, Wait);
            var first = Assert.Single(fake.Rest.Requests.All, r => r.MajorId == id && r.Effective);
            var deferred = first.Json!.Value.GetProperty("type").GetInt32() == 5;
            if (deferred)
                await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.EditOriginal, Wait);
            await bot.Host.StopAsync();

            var edits = fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.EditOriginal).ToList();
            var answer = deferred
                ? Assert.Single(edits).Json!.Value.GetProperty("content").GetString()
                : first.Json.Value.GetProperty("data").GetProperty("content").GetString();
            Assert.Equal("ok " + id, answer);
            Assert.Equal(deferred ? 1 : 0, edits.Count);
            Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateFollowup));
            Assert.DoesNotContain(bot.Logs.GetSnapshot(), r => r.Id.Id is 401 or 403 or 400);
        }
    }

    /// <summary>A reply carrying the handler's answer: a direct type-4 callback to one of <paramref name="ids"/>, or an edit of a deferral.</summary>
    private static Func<RecordedRequest, bool> FinalAnswerTo(IReadOnlyCollection<string> ids) => r =>
        r.Route == FakeRoute.EditOriginal
        || (r.Route == FakeRoute.InteractionCallback && r.MajorId is { } id && ids.Contains(id)
            && r.Json!.Value.GetProperty("type").GetInt32() == 4);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        Assert.True(condition());
    }
}
