using Microsoft.Extensions.Time.Testing;
using RunWell.Discord.Gateway;

namespace RunWell.Discord.Tests.Gateway;

/// <summary>The HELLO and READY bounds on their own, on a fake clock: no socket, no wall-clock timing.</summary>
public sealed class StepWatchdogTests
{
    [Fact]
    public void A_step_not_done_in_time_expires_once_and_says_which_step_it_was()
    {
        var time = new FakeTimeProvider();
        using var watchdog = new StepWatchdog(time);
        var aborts = 0;
        watchdog.Arm("HELLO", TimeSpan.FromSeconds(60), () => aborts++);

        time.Advance(TimeSpan.FromSeconds(60) - TimeSpan.FromTicks(1));
        Assert.Equal((0, null), (aborts, watchdog.Expired));
        time.Advance(TimeSpan.FromTicks(1));
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, aborts);
        Assert.Equal(new StepWatchdog.Expiry("HELLO", TimeSpan.FromSeconds(60)), watchdog.Expired);
    }

    [Fact]
    public void The_next_step_replaces_the_bound_and_a_step_done_in_time_never_expires()
    {
        var time = new FakeTimeProvider();
        using var watchdog = new StepWatchdog(time);
        var aborts = 0;
        watchdog.Arm("HELLO", TimeSpan.FromSeconds(60), () => aborts++);
        time.Advance(TimeSpan.FromSeconds(59));

        // HELLO came: now READY has 15 s from here, and HELLO's own bound is gone.
        watchdog.Arm("READY", TimeSpan.FromSeconds(15), () => aborts++);
        time.Advance(TimeSpan.FromSeconds(14));
        Assert.Equal(0, aborts);
        watchdog.Disarm();
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal((0, null), (aborts, watchdog.Expired));
    }
}
