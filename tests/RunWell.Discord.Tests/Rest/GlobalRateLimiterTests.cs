using Microsoft.Extensions.Time.Testing;
using RunWell.Discord.Rest;

namespace RunWell.Discord.Tests.Rest;

public sealed class GlobalRateLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_full_window_frees_a_slot_one_window_after_the_oldest_response()
    {
        var time = new FakeTimeProvider();
        using var limiter = new GlobalRateLimiter(time, 2, Window);
        (await limiter.AcquireAsync(CancellationToken.None)).Dispose();
        (await limiter.AcquireAsync(CancellationToken.None)).Dispose();

        var third = limiter.AcquireAsync(CancellationToken.None);
        time.Advance(Window - TimeSpan.FromMilliseconds(1));
        Assert.False(await CompletesSoonAsync(third));

        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await CompletesSoonAsync(third));
    }

    [Fact]
    public async Task A_slot_still_in_flight_never_expires_and_counts_from_its_response()
    {
        var time = new FakeTimeProvider();
        using var limiter = new GlobalRateLimiter(time, 2, Window);
        var slow = await limiter.AcquireAsync(CancellationToken.None);
        (await limiter.AcquireAsync(CancellationToken.None)).Dispose();

        // The slow request reaches Discord late: it must still count in Discord's window when it lands.
        var third = limiter.AcquireAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(await CompletesSoonAsync(third));

        slow.Dispose();
        time.Advance(Window - TimeSpan.FromMilliseconds(10));
        Assert.False(await CompletesSoonAsync(third));

        time.Advance(TimeSpan.FromMilliseconds(10));
        Assert.True(await CompletesSoonAsync(third));
    }

    /// <summary>Continuations after a fake-clock advance run on the thread pool; give them a moment.</summary>
    private static async Task<bool> CompletesSoonAsync(Task task)
    {
        await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System));
        return task.IsCompleted;
    }
}
