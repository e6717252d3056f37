using Microsoft.Extensions.Options;

namespace RunWell.Observability;

/// <summary>How OTLP ships, when <see cref="TelemetryOptions.OtlpEndpoint"/> switches it on.</summary>
public enum OtlpTransport
{
    Grpc,
    HttpProtobuf,
}

/// <summary>Settings of the "Telemetry" section: the optional OTLP metrics exporter (off unless an endpoint is set).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The collector's OTLP endpoint (e.g. http://otel-collector:4317); empty keeps the exporter off.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Grpc (port 4317 by convention) or HttpProtobuf (4318; the exporter posts to /v1/metrics under the endpoint).</summary>
    public OtlpTransport OtlpProtocol { get; set; } = OtlpTransport.Grpc;

    /// <summary>How often metrics are pushed (and once more when the bot stops).</summary>
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(60);
}

internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var errors = new List<string>();
        if (options.OtlpEndpoint is { } endpoint && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
            errors.Add("Telemetry:OtlpEndpoint must be an absolute http(s) URL, or left out");
        if (!Enum.IsDefined(options.OtlpProtocol))
            errors.Add("Telemetry:OtlpProtocol must be Grpc or HttpProtobuf");
        if (options.ExportInterval < TimeSpan.FromSeconds(1) || options.ExportInterval > TimeSpan.FromHours(1))
            errors.Add("Telemetry:ExportInterval must be between 00:00:01 and 01:00:00");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
