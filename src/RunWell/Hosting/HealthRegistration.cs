using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using RunWell.Observability;
using RunWell.Persistence;

namespace RunWell.Hosting;

internal static class HealthRegistration
{
    /// <summary>Health checks (the database and the outbox here; the Discord pipeline adds its own) and the file publisher.</summary>
    public static IHostApplicationBuilder AddRunWellHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OutboxMetrics>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<RunWellDbContext>("database")
            .AddCheck<OutboxHealthCheck>("outbox");
        builder.Services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.FromSeconds(5);
            o.Period = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddSingleton<IHealthCheckPublisher, HealthFilePublisher>();
        return builder;
    }
}
