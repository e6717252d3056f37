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
        var start = time.GetUtcNow();
        (await limiter.AcquireAsync(CancellationToken.None)).Dispose();
        (await limiter.AcquireAsync(CancellationToken.None)).Dispose();

        // The limiter is parked on one timer, due when the oldest slot leaves the window: until the clock
        // gets there nothing can grant the slot.
        var third = GrantedAt(time, limiter.AcquireAsync(CancellationToken.None));
        time.Advance(Window - TimeSpan.FromMilliseconds(1));
        Assert.False(third.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(start + Window, await third.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System));
    }

    [Fact]
    public async Task At_discords_default_budget_the_51st_request_goes_one_second_after_the_first_response_not_later()
    {
        // Counting from the response already covers the time a request spends on the way, so a margin on
        // the window would only slow every large delivery (2,000 posts: 42 s instead of 40).
        var tuning = new DiscordTuning();
        var time = new FakeTimeProvider();
        using var limiter = new GlobalRateLimiter(time, tuning.GlobalRequestsPerWindow, tuning.GlobalWindow);
        var first = await limiter.AcquireAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(30)); // the first response takes a while
        first.Dispose();
        var answered = time.GetUtcNow();
        for (var i = 1; i < 50; i++)
        {
            (await limiter.AcquireAsync(CancellationToken.None)).Dispose();
        }

        var next = GrantedAt(time, limiter.AcquireAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(1));
        Assert.False(next.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(answered + TimeSpan.FromSeconds(1), await next.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System));
    }

    [Fact]
    public async Task A_slot_still_in_flight_never_expires_and_counts_from_its_response()
    {
        var time = new FakeTimeProvider();
        using var limiter = new GlobalRateLimiter(time, 2, Window);
        var slow = await limiter.AcquireAsync(CancellationToken.None);
        (await limiter.AcquireAsync(CancellationToken.None)).Dispose();

        // The slow request reaches Discord late: it must still count in Discord's window when it lands.
        var third = GrantedAt(time, limiter.AcquireAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(5));
        // Only a slot leaving the window can grant it, and the slow one has not even finished.
        Assert.False(third.IsCompleted);

        slow.Dispose();
        var answered = time.GetUtcNow();

        // It re-checks the in-flight slot on short timers, so the clock is walked rather than jumped.
        var grantedAt = await AdvanceUntilDoneAsync(time, third);
        Assert.True(grantedAt >= answered + Window, $"granted {(grantedAt - answered).TotalMilliseconds} ms after the slow response");
    }

    /// <summary>The fake clock's time when the limiter granted the slot (read as it grants, before the test moves on).</summary>
    private static async Task<DateTimeOffset> GrantedAt(FakeTimeProvider time, Task<IDisposable> acquiring)
    {
        using var lease = await acquiring;
        return time.GetUtcNow();
    }

    /// <summary>Moves the clock 10 ms at a time until the slot is granted; fails, never hangs.</summary>
    private static async Task<DateTimeOffset> AdvanceUntilDoneAsync(FakeTimeProvider time, Task<DateTimeOffset> granted)
    {
        for (var step = 0; step < 500 && !granted.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.WhenAny(granted, Task.Delay(TimeSpan.FromMilliseconds(2), TimeProvider.System));
        }
        return await granted.WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);
    }
}
