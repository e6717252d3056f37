namespace RunWell.Discord.Rest;

/// <summary>
/// Exact sliding-window limit for the bot-wide 50 requests/s, plus a pause after a global 429.
/// A timestamp log (rather than System.Threading.RateLimiting's segmented windows) guarantees no
/// window ever holds more than the limit, and it runs on <see cref="TimeProvider"/>.
/// <para>
/// Each slot is stamped when its response arrives, not when it is taken: Discord counts a request
/// when it arrives, which is somewhere between the two, so a request held up after taking its slot
/// (a slow connection, a bucket wait) can never squeeze an extra one into Discord's window. A slot
/// still in flight never expires.
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

                var wait = TryTake(now, out var slot);
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

    private TimeSpan TryTake(DateTimeOffset now, out Slot? taken)
    {
        lock (_lock)
        {
            while (_slots.TryPeek(out var oldest) && oldest.DoneAt is { } done && now - done >= window)
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
            return _slots.Peek().DoneAt is { } oldestDone ? oldestDone + window - now : InFlightPoll;
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
            slot.DoneAt ??= time.GetUtcNow();
        }
    }

    private sealed class Slot(GlobalRateLimiter owner) : IDisposable
    {
        public DateTimeOffset? DoneAt { get; set; }

        public void Dispose() => owner.Complete(this);
    }
}
