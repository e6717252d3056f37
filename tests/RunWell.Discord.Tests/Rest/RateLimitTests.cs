using System.Diagnostics;
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
        await using var harness = new RestHarness(fake);
        await harness.Rest.CreateMessageAsync(1, DiscordMessage.Text("learn the bucket"));

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(harness.Rest.CreateMessageAsync(2, DiscordMessage.Text("a")), harness.Rest.CreateMessageAsync(3, DiscordMessage.Text("b")));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal(0, fake.Rest.Requests.Count(r => r.Status == 429));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_429_is_waited_out_and_retried(bool global)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(429, RetryAfter: 0.3, Global: global));

        var clock = Stopwatch.StartNew();
        var result = await harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));

        Assert.True(result.IsSuccess, result.ToString());
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"retried after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(2, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage));
    }

    [Fact]
    public async Task A_global_429_holds_back_other_routes_too()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(429, RetryAfter: 0.4, Global: true));

        var message = harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));
        await fake.Rest.Requests.WaitForAsync(r => r.Status == 429);
        var clock = Stopwatch.StartNew();
        var dm = await harness.Rest.CreateDmChannelAsync(1190000000000000042);
        await message;

        Assert.True(dm.IsSuccess);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(250), $"DM went after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Interaction_callbacks_are_not_held_by_the_global_limit()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(429, RetryAfter: 1.0, Global: true));
        var message = harness.Rest.CreateMessageAsync(Channel, DiscordMessage.Text("hi"));
        await fake.Rest.Requests.WaitForAsync(r => r.Status == 429);

        var clock = Stopwatch.StartNew();
        var callback = await harness.Rest.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Reply(DiscordMessage.Text("quick")));

        Assert.True(callback.IsSuccess, callback.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(700), $"callback waited {clock.ElapsedMilliseconds} ms");
        await message;
    }
}
