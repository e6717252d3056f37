using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using RunWell.Discord;

namespace RunWell.Observability;

internal static class TelemetryRegistration
{
    /// <summary>The meters RunWell publishes; dotnet-counters sees them with no set-up, OTLP when switched on.</summary>
    public static readonly string[] Meters = [DiscordMetrics.MeterName, OutboxMetrics.MeterName, Persistence.PersistenceMeters.Name];

    /// <summary>
    /// Metrics are always recorded (System.Diagnostics.Metrics costs nothing unobserved). The OTLP exporter
    /// is added only when Telemetry:OtlpEndpoint is set, so a default install opens no connection.
    /// </summary>
    public static IHostApplicationBuilder AddRunWellTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();

        // Only the switch is read here: the OpenTelemetry SDK's services are registered only when it is on.
        // Everything else binds through options, so a bad value fails at start with the key's name.
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{TelemetryOptions.Section}:{nameof(TelemetryOptions.OtlpEndpoint)}"]))
        {
            AddOtlpExport(builder.Services);
        }

        return builder;
    }

    /// <summary>
    /// A method of its own, never inlined: the runtime loads the OpenTelemetry assemblies when it prepares
    /// a method that names their types, so with export off they are never loaded (about 1.5 MB of RSS).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOtlpExport(IServiceCollection services)
    {
        services.AddOptions<OtlpExporterOptions>().Configure<IOptions<TelemetryOptions>>((exporter, telemetry) =>
        {
            var settings = telemetry.Value;
            exporter.Protocol = settings.OtlpProtocol == OtlpTransport.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            // Set in code, the HTTP endpoint is used as given: it needs the signal's path.
            exporter.Endpoint = settings.OtlpProtocol == OtlpTransport.HttpProtobuf
                ? new Uri(settings.OtlpEndpoint!.AbsoluteUri.TrimEnd('/') + "/v1/metrics")
                : settings.OtlpEndpoint!;
        });
        services.AddOptions<MetricReaderOptions>().Configure<IOptions<TelemetryOptions>>((reader, telemetry) =>
            reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)telemetry.Value.ExportInterval.TotalMilliseconds);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("RunWell", serviceVersion: typeof(TelemetryRegistration).Assembly.GetName().Version?.ToString(3)))
            .WithMetrics(metrics => metrics.AddMeter(Meters).AddOtlpExporter());
    }
}
