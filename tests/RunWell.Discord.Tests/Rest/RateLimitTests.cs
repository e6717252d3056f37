using Microsoft.Extensions.Time.Testing;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Rest;

public sealed class RateLimitTests
{
    private const ulong Channel = 1288000000000000777;

    [Fact]
    public async Task A_burst_of_200_messages_to_one_channel_draws_no_429()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Rest.SetRateLimit(FakeRoute.CreateMessage, 10, TimeSpan.FromMilliseconds(250), "msg-bucket");
        await using var harness = new RestHarness(fake);

        var results = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text($"run {i}"))));

        var limited = fake.Rest.Requests.All.Select((r, i) => (r, i)).Where(x => x.r.Status == 429)
            .Select(x => $"#{x.i} at {x.r.At:ss.fff} global={x.r.Header("X-Fake-Global")}");
        Assert.Equal("", string.Join("; ", limited));
        Assert.All(results, r => Assert.True(r.IsSuccess, r.ToString()));
        Assert.Equal(200, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage));
    }

    [Fact]
    public async Task Different_channels_have_separate_counters()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Rest.SetRateLimit(FakeRoute.CreateMessage, 1, TimeSpan.FromSeconds(2), "msg-bucket");
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var harness = new RestHarness(fake, time: time);
        await harness.Rest.CreateMessageAsync(1, DiscordMessage.Text("learn the bucket"));

        // The client's clock never moves: a send that waited for channel 1's reset would never finish.
        await Task.WhenAll(harness.Rest.CreateMessageAsync(2, DiscordMessage.Text("a")), harness.Rest.CreateMessageAsync(3, DiscordMessage.Text("b")))
            .WaitAsync(Wait, TimeProvider.System);

        Assert.Equal(0, fake.Rest.Requests.Count(r => r.Status == 429));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_429_is_waited_out_and_retried(bool global)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var harness = new RestHarness(fake, time: time);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(429, RetryAfter: 0.3, Global: global));
        var start = time.GetUtcNow();

        var sending = harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));
        await fake.Rest.Requests.WaitForAsync(r => r.Status == 429, Wait);
        var sentBeforeTheWait = fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage);
        var result = await AdvanceUntilDoneAsync(time, sending);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(1, sentBeforeTheWait);
        Assert.Equal(2, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage));
        Assert.True(time.GetUtcNow() - start >= TimeSpan.FromSeconds(0.3), "retried before retry_after passed on the client's clock");
    }

    [Fact]
    public async Task A_global_429_holds_back_other_routes_too()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var harness = new RestHarness(fake, time: time);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(429, RetryAfter: 0.4, Global: true));
        var start = time.GetUtcNow();

        var message = harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));
        await fake.Rest.Requests.WaitForAsync(r => r.Status == 429, Wait);
        var dm = await AdvanceUntilDoneAsync(time, harness.Rest.CreateDmChannelAsync(1190000000000000042));
        await AdvanceUntilDoneAsync(time, message);

        Assert.True(dm.IsSuccess);
        Assert.True(time.GetUtcNow() - start >= TimeSpan.FromSeconds(0.4), "the DM went before the global pause ended on the client's clock");
    }

    [Fact]
    public async Task Interaction_callbacks_are_not_held_by_the_global_limit()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var harness = new RestHarness(fake, time: time);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(429, RetryAfter: 1.0, Global: true));
        var message = harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));
        await fake.Rest.Requests.WaitForAsync(r => r.Status == 429, Wait);

        // The client's clock stands still inside the global pause: a held callback would never finish.
        var callback = await harness.Rest.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Reply(DiscordMessage.Text("quick")))
            .WaitAsync(Wait, TimeProvider.System);

        Assert.True(callback.IsSuccess, callback.ToString());
        await AdvanceUntilDoneAsync(time, message);
    }

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Moves the client's clock 50 ms at a time until <paramref name="work"/> is done; fails, never hangs.</summary>
    private static async Task<T> AdvanceUntilDoneAsync<T>(FakeTimeProvider time, Task<T> work)
    {
        for (var step = 0; step < 200 && !work.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System));
        }
        return await work.WaitAsync(Wait, TimeProvider.System);
    }
}
