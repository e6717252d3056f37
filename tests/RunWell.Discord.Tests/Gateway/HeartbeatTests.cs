using Microsoft.Extensions.Time.Testing;
using RunWell.Discord.Gateway;

namespace RunWell.Discord.Tests.Gateway;

/// <summary>The heartbeat on its own, on a fake clock: no socket, no wall-clock timing.</summary>
public sealed class HeartbeatTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task The_first_beat_comes_after_interval_times_jitter_then_one_per_interval_while_acknowledged()
    {
        var time = new FakeTimeProvider();
        var heartbeat = new Heartbeat(time, () => 0.1);
        var beats = 0;
        using var stop = new CancellationTokenSource();
        var run = heartbeat.RunAsync(Interval, _ => { beats++; heartbeat.Acknowledged(); return Task.CompletedTask; }, () => { }, stop.Token);

        time.Advance(TimeSpan.FromSeconds(4.4));
        Assert.Equal(0, beats);
        time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1, beats);
        time.Advance(Interval);
        time.Advance(Interval);
        Assert.Equal(3, beats);
        Assert.False(heartbeat.IsZombie);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task A_beat_without_an_ack_by_the_next_one_is_a_zombie_and_nothing_more_is_sent()
    {
        var time = new FakeTimeProvider();
        var heartbeat = new Heartbeat(time, () => 0);
        var beats = 0;
        var zombie = false;
        var run = heartbeat.RunAsync(Interval, _ => { beats++; return Task.CompletedTask; }, () => zombie = true, CancellationToken.None);

        await Task.Yield();
        Assert.Equal(1, beats);
        time.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.False(zombie);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await run;
        Assert.True(zombie);
        Assert.True(heartbeat.IsZombie);
        Assert.Equal(1, beats);
    }
}
