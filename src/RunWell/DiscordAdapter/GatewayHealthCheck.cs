using Microsoft.Extensions.Diagnostics.HealthChecks;
using RunWell.Discord;

namespace RunWell.DiscordAdapter;

/// <summary>Unhealthy while the gateway session is down, so the container's health shows an outage.</summary>
internal sealed class GatewayHealthCheck(GatewayStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsConnected
            ? HealthCheckResult.Healthy("Connected to the Discord gateway.")
            : HealthCheckResult.Unhealthy("Not connected to the Discord gateway."));
}
