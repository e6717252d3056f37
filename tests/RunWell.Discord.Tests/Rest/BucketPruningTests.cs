using Microsoft.Extensions.Time.Testing;
using RunWell.Discord.Rest;

namespace RunWell.Discord.Tests.Rest;

public sealed class BucketPruningTests
{
    [Fact]
    public async Task Counters_of_finished_interactions_are_dropped_so_memory_stays_bounded()
    {
        var time = new FakeTimeProvider();
        var buckets = new RateLimitBuckets(time);

        // Every interaction's callback is its own major key (the webhook token).
        for (var i = 0; i < 5_000; i++)
        {
            var bucket = await buckets.AcquireAsync(Callback(i), CancellationToken.None);
            bucket.Release();
            time.Advance(TimeSpan.FromMilliseconds(5));
        }

        Assert.InRange(buckets.BucketCount, 1, RateLimitBuckets.PruneEvery + 1);
    }

    [Fact]
    public async Task A_counter_with_a_limit_in_force_is_kept()
    {
        var time = new FakeTimeProvider();
        var buckets = new RateLimitBuckets(time);
        var limited = await buckets.AcquireAsync(Callback(-1), CancellationToken.None);
        limited.Exhaust(time.GetUtcNow() + TimeSpan.FromMinutes(1));
        limited.Release();

        buckets.PruneIdle();

        Assert.Equal(1, buckets.BucketCount);
        time.Advance(TimeSpan.FromMinutes(1));
        buckets.PruneIdle();
        Assert.Equal(0, buckets.BucketCount);
    }

    private static RestRequest Callback(int interaction) =>
        new(HttpMethod.Post, "POST /interactions/{id}/{token}/callback", $"interaction:{interaction}:token", $"/interactions/{interaction}/token/callback", null, BotAuth: false, GlobalLimited: false);
}
