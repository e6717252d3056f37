using System.Diagnostics.Metrics;

namespace RunWell.Discord;

/// <summary>
/// The client's instruments, on the meter <see cref="MeterName"/> ("RunWell.Discord"), so
/// <c>dotnet-counters monitor -p PID --counters RunWell.Discord</c> shows them with no set-up and an
/// OpenTelemetry exporter can subscribe by name. Names follow OpenTelemetry's dotted style.
/// </summary>
public sealed class DiscordMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "RunWell.Discord";

    private readonly Meter _meter;
    private readonly Counter<long> _received;
    private readonly Counter<long> _answered;
    private readonly Counter<long> _deferred;
    private readonly Counter<long> _expired;
    private readonly Counter<long> _shed;
    private readonly Histogram<double> _answerLatency;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _unknown;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _resumes;
    private volatile Func<PipelineGauges>? _pipeline;

    /// <summary>Creates the instruments on a meter from the host's factory.</summary>
    public DiscordMetrics(IMeterFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _meter = factory.Create(MeterName);
        _received = _meter.CreateCounter<long>("runwell.discord.interactions.received", "{interaction}", "Interactions read from the gateway.");
        _answered = _meter.CreateCounter<long>("runwell.discord.interactions.answered", "{interaction}", "Interactions whose first callback Discord accepted (answer or deferral).");
        _deferred = _meter.CreateCounter<long>("runwell.discord.interactions.deferred", "{interaction}", "Interactions deferred because the handler was not done in time.");
        _expired = _meter.CreateCounter<long>("runwell.discord.interactions.expired", "{interaction}", "Interactions not run or not answered because they could no longer be acknowledged.");
        _shed = _meter.CreateCounter<long>("runwell.discord.interactions.shed", "{interaction}", "Interactions answered \"busy\" (queue full) and other events dropped.");
        _answerLatency = _meter.CreateHistogram<double>("runwell.discord.interactions.answer_latency", "ms", "From receipt on the gateway to Discord accepting the first callback.");
        _rateLimited = _meter.CreateCounter<long>("runwell.discord.rest.rate_limited", "{response}", "429 answers from Discord.");
        _retries = _meter.CreateCounter<long>("runwell.discord.rest.retries", "{request}", "REST requests sent again (after a 429, a 5xx or a network error).");
        _unknown = _meter.CreateCounter<long>("runwell.discord.rest.outcome_unknown", "{request}", "Requests that may have taken effect and were not repeated.");
        _reconnects = _meter.CreateCounter<long>("runwell.discord.gateway.reconnects", "{connection}", "Gateway connections opened after the first.");
        _resumes = _meter.CreateCounter<long>("runwell.discord.gateway.resumes", "{session}", "Sessions resumed (RESUMED received).");
        _meter.CreateObservableGauge("runwell.discord.interactions.queued", () => _pipeline?.Invoke().Queued ?? 0, "{interaction}", "Interactions waiting for a worker.");
        _meter.CreateObservableGauge("runwell.discord.interactions.running", () => _pipeline?.Invoke().Running ?? 0, "{interaction}", "Handlers running now.");
        _meter.CreateObservableGauge("runwell.discord.interactions.oldest_queued_age", () => _pipeline?.Invoke().OldestQueuedAgeSeconds ?? 0, "s", "How long the oldest queued interaction has waited for a worker (0 when none).");
    }

    internal void Received() => _received.Add(1);
    internal void Answered(TimeSpan latency)
    {
        _answered.Add(1);
        _answerLatency.Record(latency.TotalMilliseconds);
    }
    internal void Deferred() => _deferred.Add(1);
    internal void Expired(string why) => _expired.Add(1, new KeyValuePair<string, object?>("reason", why));
    internal void Shed(string what) => _shed.Add(1, new KeyValuePair<string, object?>("event", what));
    internal void RateLimited(string route) => _rateLimited.Add(1, new KeyValuePair<string, object?>("route", route));
    internal void Retried(string route) => _retries.Add(1, new KeyValuePair<string, object?>("route", route));
    internal void OutcomeUnknown(string route) => _unknown.Add(1, new KeyValuePair<string, object?>("route", route));
    internal void Reconnected() => _reconnects.Add(1);
    internal void Resumed() => _resumes.Add(1);

    /// <summary>Where the pipeline gauges read from (the inbox, once built).</summary>
    internal void ObservePipeline(Func<PipelineGauges> read) => _pipeline = read;

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}

/// <summary>What the pipeline gauges show at one collection.</summary>
internal readonly record struct PipelineGauges(int Queued, int Running, double OldestQueuedAgeSeconds);
