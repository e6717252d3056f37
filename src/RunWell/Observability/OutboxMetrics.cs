using System.Diagnostics.Metrics;
using RunWell.Domain.Ports;

namespace RunWell.Observability;

/// <summary>
/// The outbox's gauges on the meter <see cref="MeterName"/>, showing the latest measurement the outbox
/// health check took (every 30 s with the health publisher), so collecting metrics never queries the database.
/// </summary>
internal sealed class OutboxMetrics : IDisposable
{
    public const string MeterName = "RunWell.Outbox";

    private readonly Meter _meter;
    private readonly TimeProvider _time;
    private volatile OutboxBacklog? _latest;

    public OutboxMetrics(IMeterFactory factory, TimeProvider time)
    {
        _time = time;
        _meter = factory.Create(MeterName);
        _meter.CreateObservableGauge("runwell.outbox.pending", () => _latest?.Pending ?? 0, "{message}", "Posts and DMs waiting to be delivered (retries and held nudges included).");
        _meter.CreateObservableGauge("runwell.outbox.due", () => _latest?.Due ?? 0, "{message}", "Pending posts and DMs whose time has come.");
        _meter.CreateObservableGauge("runwell.outbox.oldest_due_age", () => OldestDueAge(_latest)?.TotalSeconds ?? 0, "s", "How long the oldest due post or DM has waited (0 when none).");
    }

    public OutboxBacklog? Latest => _latest;

    public void Record(OutboxBacklog backlog) => _latest = backlog;

    public TimeSpan? OldestDueAge(OutboxBacklog? backlog) =>
        backlog?.OldestDueAtUtc is { } due ? _time.GetUtcNow().UtcDateTime - due : null;

    public void Dispose() => _meter.Dispose();
}
