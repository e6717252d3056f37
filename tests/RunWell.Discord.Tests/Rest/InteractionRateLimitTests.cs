using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Rest;

/// <summary>Interaction routes skip the global limiter, so a 429 on them must still be waited out.</summary>
public sealed class InteractionRateLimitTests
{
    [Fact]
    public async Task A_global_429_on_an_interaction_callback_is_waited_out_before_the_retry()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);
        fake.Rest.FailNext(FakeRoute.InteractionCallback, new FakeFault(429, RetryAfter: 0.4, Global: true));

        var result = await harness.Rest.CreateInteractionResponseAsync(1310987654321090001, "token", InteractionResponse.Reply(DiscordMessage.Text("hi")));

        Assert.True(result.IsSuccess);
        var attempts = fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.InteractionCallback).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(350), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task An_answered_callback_leaves_no_rate_limit_counter_behind()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var harness = new RestHarness(fake);

        for (ulong i = 0; i < 3; i++)
            Assert.True((await harness.Rest.CreateInteractionResponseAsync(1310987654321090001 + i, "token", InteractionResponse.Reply(DiscordMessage.Text("hi")))).IsSuccess);

        // Each interaction's callback is its only request on its key: a counter kept for it would only wait to be pruned.
        Assert.Equal(0, harness.Buckets.BucketCount);
    }
}
