namespace RunWell.Discord.Tests;

/// <summary>
/// The reuse of deadline sources (first-callback deadlines, HTTP timeouts). On the system clock, because a
/// fake clock's timers cannot be reset and are never reused; nothing here waits on time.
/// </summary>
public sealed class DeadlineSourcesTests
{
    [Fact]
    public void A_source_that_was_cancelled_is_never_handed_out_again()
    {
        using var sources = new DeadlineSources(TimeProvider.System);
        var fired = sources.Rent();
        fired.Cancel();
        sources.Return(fired);

        var next = sources.Rent();

        Assert.NotSame(fired, next);
        Assert.False(next.IsCancellationRequested);
    }

    [Fact]
    public void A_returned_source_comes_back_without_the_last_requests_registrations()
    {
        using var sources = new DeadlineSources(TimeProvider.System);
        var first = sources.Rent();
        first.CancelAfter(TimeSpan.FromHours(1));
        var earlierCallbackRan = false;
        first.Token.UnsafeRegister(_ => earlierCallbackRan = true, null);
        sources.Return(first);

        var next = sources.Rent();
        next.Cancel();

        Assert.Same(first, next);
        Assert.False(earlierCallbackRan);
    }
}
