using Microsoft.Extensions.Diagnostics.HealthChecks;
using RunWell.Discord;

namespace RunWell.DiscordAdapter;

/// <summary>
/// The Discord pipeline's health, not just the socket's: unhealthy while the gateway session is down,
/// the interaction queue is full (or was since the last check), the oldest queued interaction has
/// waited too long, or every worker is stuck; degraded while some are. The container's health shows it.
/// </summary>
internal sealed class GatewayHealthCheck(DiscordPipelineHealth pipeline) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = pipeline.Check();
        var snapshot = report.Snapshot;
        var data = new Dictionary<string, object>
        {
            ["queued"] = snapshot.Queued,
            ["capacity"] = snapshot.Capacity,
            ["running"] = snapshot.Running,
            ["stuck"] = snapshot.Stuck,
            ["oldest_queued_age_s"] = report.OldestQueuedAge?.TotalSeconds ?? 0,
        };
        return Task.FromResult(report.Condition switch
        {
            PipelineCondition.Healthy => HealthCheckResult.Healthy(report.Description, data),
            PipelineCondition.Degraded => HealthCheckResult.Degraded(report.Description, data: data),
            _ => HealthCheckResult.Unhealthy(report.Description, data: data),
        });
    }
}
