namespace RunWell.Discord.Gateway;

/// <summary>
/// The heartbeat of one connection: the first beat after interval × jitter, then one per interval,
/// and the zombie rule (no ACK since the previous beat → the connection is dead). Runs on
/// <see cref="TimeProvider"/> so it is tested with a fake clock, without a socket.
/// </summary>
internal sealed class Heartbeat(TimeProvider time, Func<double> jitter)
{
    private volatile bool _acked = true;

    /// <summary>True once a beat went unacknowledged.</summary>
    public bool IsZombie { get; private set; }

    /// <summary>Beats sent so far.</summary>
    public int Beats { get; private set; }

    /// <summary>Op 11 arrived.</summary>
    public void Acknowledged() => _acked = true;

    /// <param name="beat">Sends one heartbeat (op 1 with the last sequence).</param>
    /// <param name="onZombie">Called once when a beat goes unanswered; the loop then ends.</param>
    public async Task RunAsync(TimeSpan interval, Func<CancellationToken, Task> beat, Action onZombie, CancellationToken ct)
    {
        await Task.Delay(interval * jitter(), time, ct);
        while (!ct.IsCancellationRequested)
        {
            if (!_acked)
            {
                IsZombie = true;
                onZombie();
                return;
            }
            _acked = false;
            Beats++;
            await beat(ct);
            await Task.Delay(interval, time, ct);
        }
    }
}
