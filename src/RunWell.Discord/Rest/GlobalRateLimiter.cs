namespace RunWell.Discord.Rest;

/// <summary>
/// Exact sliding-window limit for the bot-wide 50 requests/s, plus a pause after a global 429.
/// A timestamp log rather than System.Threading.RateLimiting: its limiters count a permit from the
/// moment it is taken, not from the response (below), their segmented sliding window lets a permit
/// taken late in a segment expire early, and they run on their own clock, not <see cref="TimeProvider"/>.
/// <para>
/// Each slot is stamped when its response arrives, not when it is taken: Discord counts a request
/// when it arrives, which is somewhere between the two, so a request held up after taking its slot
/// (a slow connection, a bucket wait) can never squeeze an extra one into Discord's window. A slot
/// still in flight never expires. That makes a window of exactly one second safe: a slot is reused only
/// after a full window has passed since Discord answered it, so since Discord counted it, and the new
/// request reaches Discord later still. Stamps are monotonic timestamps, so a step of the wall clock
/// cannot expire a slot early.
/// </para>
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int limit, TimeSpan window) : IDisposable
{
    /// <summary>How often a full window re-checks for a finished in-flight slot.</summary>
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(5);

    private readonly Queue<Slot> _slots = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil;

    /// <summary>Takes a slot; dispose the lease when the response has arrived (or the attempt failed).</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                var paused = PausedUntil;
                if (paused > now)
                {
                    await Task.Delay(paused - now, time, ct);
                    continue;
                }

                var wait = TryTake(out var slot);
                if (slot is not null)
                {
                    return slot;
                }

                await Task.Delay(wait, time, ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private TimeSpan TryTake(out Slot? taken)
    {
        lock (_lock)
        {
            var stamp = time.GetTimestamp();
            while (_slots.TryPeek(out var oldest) && oldest.DoneAt is { } done && time.GetElapsedTime(done, stamp) >= window)
            {
                _slots.Dequeue();
            }

            if (_slots.Count < limit)
            {
                taken = new Slot(this);
                _slots.Enqueue(taken);
                return TimeSpan.Zero;
            }

            taken = null;
            return _slots.Peek().DoneAt is { } oldestDone ? window - time.GetElapsedTime(oldestDone, stamp) : InFlightPoll;
        }
    }

    private DateTimeOffset PausedUntil
    {
        get { lock (_lock) return _pausedUntil; }
    }

    /// <summary>After a global 429 nothing bot-authenticated is sent until the retry_after has passed.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _pausedUntil)
                _pausedUntil = until;
        }
    }

    public void Dispose() => _gate.Dispose();

    private void Complete(Slot slot)
    {
        lock (_lock)
        {
            slot.DoneAt ??= time.GetTimestamp();
        }
    }

    private sealed class Slot(GlobalRateLimiter owner) : IDisposable
    {
        /// <summary>When the response arrived, as a <see cref="TimeProvider.GetTimestamp"/>.</summary>
        public long? DoneAt { get; set; }

        public void Dispose() => owner.Complete(this);
    }
}
