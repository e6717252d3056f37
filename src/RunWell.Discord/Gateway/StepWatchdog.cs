namespace RunWell.Discord.Gateway;

/// <summary>
/// Silence is a failure too: bounds one step of a connection (HELLO, then READY or RESUMED). A step
/// not done in time runs the expiry action (the loop aborts its socket, never a 1000 close) and
/// <see cref="Expired"/> says which step it was, so the loop can tell a timeout from a drop. Runs on
/// <see cref="TimeProvider"/>, so it is tested with a fake clock and without a socket.
/// </summary>
internal sealed class StepWatchdog(TimeProvider time) : IDisposable
{
    private readonly Lock _lock = new();
    private ITimer? _timer;
    private Expiry? _expired;

    /// <summary>A step that ran out of time, and the bound it had.</summary>
    public sealed record Expiry(string Step, TimeSpan Timeout);

    /// <summary>The step that timed out, or null while none has.</summary>
    public Expiry? Expired
    {
        get { lock (_lock) return _expired; }
    }

    /// <summary>Starts the bound of <paramref name="step"/>, replacing the previous step's.</summary>
    public void Arm(string step, TimeSpan timeout, Action onExpired)
    {
        lock (_lock)
        {
            _timer?.Dispose();
            var expiry = new Expiry(step, timeout);
            ITimer? timer = null;
            timer = time.CreateTimer(_ => Expire(timer!, expiry, onExpired), null, timeout, Timeout.InfiniteTimeSpan);
            _timer = timer;
        }
    }

    /// <summary>The step is done in time: no bound until the next <see cref="Arm"/>.</summary>
    public void Disarm()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    public void Dispose() => Disarm();

    private void Expire(ITimer timer, Expiry expiry, Action onExpired)
    {
        lock (_lock)
        {
            // A timer disarmed or replaced just as it fired is not an expiry.
            if (!ReferenceEquals(timer, _timer))
                return;
            _expired = expiry;
            _timer = null;
        }
        onExpired();
    }
}
