using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace RunWell.Hosting;

/// <summary>
/// Publishes health as a file's age, which a container HEALTHCHECK can read with a shell one-liner
/// and no HTTP port to expose.
/// </summary>
internal sealed class HealthFilePublisher(IOptions<RunWellOptions> options, TimeProvider time) : IHealthCheckPublisher
{
    public async Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        var path = options.Value.HealthFile;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        if (report.Status == HealthStatus.Unhealthy)
        {
            File.Delete(path);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, time.GetUtcNow().ToString("O"), cancellationToken);
    }
}
