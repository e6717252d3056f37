namespace RunWell.Discord.Rest;

/// <summary>
/// Exact sliding-window limit for the bot-wide 50 requests/s, plus a pause after a global 429.
/// A timestamp log (rather than System.Threading.RateLimiting's segmented windows) guarantees no
/// one-second window ever holds more than the limit, and it runs on <see cref="TimeProvider"/>.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int limit, TimeSpan window) : IDisposable
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _pausedUntil;

    public async Task AcquireAsync(CancellationToken ct)
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
                while (_sent.Count > 0 && now - _sent.Peek() >= window)
                    _sent.Dequeue();
                if (_sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return;
                }
                await Task.Delay(_sent.Peek() + window - now, time, ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private DateTimeOffset PausedUntil
    {
        get { lock (_sent) return _pausedUntil; }
    }

    /// <summary>After a global 429 nothing bot-authenticated is sent until the retry_after has passed.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_sent)
        {
            if (until > _pausedUntil)
                _pausedUntil = until;
        }
    }

    public void Dispose() => _gate.Dispose();
}
