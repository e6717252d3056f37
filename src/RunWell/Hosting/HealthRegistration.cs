using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using RunWell.Persistence;

namespace RunWell.Hosting;

internal static class HealthRegistration
{
    /// <summary>Health checks (the database here; the Discord connection adds its own) and the file publisher.</summary>
    public static IHostApplicationBuilder AddRunWellHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddDbContextCheck<RunWellDbContext>("database");
        builder.Services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.FromSeconds(5);
            o.Period = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddSingleton<IHealthCheckPublisher, HealthFilePublisher>();
        return builder;
    }
}
