using Microsoft.Extensions.Diagnostics.HealthChecks;
using RunWell.Domain.Ports;

namespace RunWell.Observability;

/// <summary>
/// Degraded when a due post or DM has waited longer than <see cref="LateAfter"/>: the delivery worker
/// polls every 10 s, so that means it is stuck or far behind. Retries waiting out their backoff and
/// nudges held for the morning are not due, so a Discord outage alone does not trip it.
/// </summary>
internal sealed class OutboxHealthCheck(IOutboxStore outbox, OutboxMetrics metrics, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var backlog = await outbox.MeasureBacklogAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
        metrics.Record(backlog);
        var age = metrics.OldestDueAge(backlog);
        var data = new Dictionary<string, object>
        {
            ["pending"] = backlog.Pending,
            ["due"] = backlog.Due,
            ["oldest_due_age_s"] = age?.TotalSeconds ?? 0,
        };
        return age > LateAfter
            ? HealthCheckResult.Degraded($"{backlog.Due} post(s) due; the oldest has waited {age.Value.TotalMinutes:0} min.", data: data)
            : HealthCheckResult.Healthy($"{backlog.Pending} post(s) pending, {backlog.Due} due.", data);
    }
}
