using System.Collections.Concurrent;

namespace RunWell.Discord;

/// <summary>
/// Cancellation sources for per-request deadlines, reused once their request is over: otherwise every
/// request made a source, its timer and its registration list. Sources are created on the given
/// <see cref="TimeProvider"/>, so <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/> arms that
/// provider's timer.
/// </summary>
internal sealed class DeadlineSources(TimeProvider time, int capacity = 64) : IDisposable
{
    private readonly ConcurrentQueue<CancellationTokenSource> _free = new();

    /// <summary>An unarmed, uncancelled source.</summary>
    public CancellationTokenSource Rent() => _free.TryDequeue(out var cts) ? cts : new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);

    /// <summary>
    /// Only once nothing holds the source's token any more. One that was cancelled (it fired, or was stopped)
    /// is disposed, never handed out again; TryReset disarms the timer and drops leftover registrations.
    /// TryReset fails for timers of a non-system clock: such sources are simply not reused.
    /// </summary>
    public void Return(CancellationTokenSource cts)
    {
        if (cts.TryReset() && _free.Count < capacity)
            _free.Enqueue(cts);
        else
            cts.Dispose();
    }

    public void Dispose()
    {
        while (_free.TryDequeue(out var cts))
            cts.Dispose();
    }
}
