using Microsoft.Extensions.Options;
using RunWell.Discord.Interactions;

namespace RunWell.Discord;

/// <summary>How the interaction pipeline is doing, worst first.</summary>
public enum PipelineCondition
{
    Healthy,

    /// <summary>Some handlers are stuck, but the pipeline still takes work.</summary>
    Degraded,

    /// <summary>Members are not being answered: no gateway session, a full or stalled queue, or every worker stuck.</summary>
    Unhealthy,
}

/// <summary>One reading of the pipeline, with the figures behind it.</summary>
public sealed record PipelineHealthReport(PipelineCondition Condition, string Description, PipelineSnapshot Snapshot, TimeSpan? OldestQueuedAge);

/// <summary>
/// The truth about the Discord pipeline for a health check, not just the socket: the gateway session,
/// the oldest interaction still queued, handlers stuck past a bound, and whether members were turned
/// away "busy" since the previous check (so a full queue between two checks is not missed, and health
/// recovers at the first check after it drained).
/// </summary>
public sealed class DiscordPipelineHealth
{
    private readonly GatewayStatus _gateway;
    private readonly InteractionInbox _inbox;
    private readonly IOptions<DiscordOptions> _options;
    private readonly IOptions<DiscordTuning> _tuning;
    private readonly TimeProvider _time;
    private long _shedAtLastCheck;

    internal DiscordPipelineHealth(GatewayStatus gateway, InteractionInbox inbox, IOptions<DiscordOptions> options, IOptions<DiscordTuning> tuning, TimeProvider time)
    {
        _gateway = gateway;
        _inbox = inbox;
        _options = options;
        _tuning = tuning;
        _time = time;
    }

    /// <summary>Reads the pipeline now. Meant for one periodic caller (the health publisher): it remembers the busy count it last saw.</summary>
    public PipelineHealthReport Check()
    {
        var settings = _tuning.Value;
        var now = _time.GetUtcNow();
        var snapshot = _inbox.Snapshot(now - settings.StuckHandlerAfter);
        var age = snapshot.OldestQueuedAt is { } oldest ? now - oldest : (TimeSpan?)null;
        var shedSince = snapshot.ShedTotal - Interlocked.Exchange(ref _shedAtLastCheck, snapshot.ShedTotal);
        var workers = _options.Value.MaxConcurrentInteractions;

        var (condition, description) = (snapshot, age) switch
        {
            _ when !_gateway.IsConnected => (PipelineCondition.Unhealthy, "Not connected to the Discord gateway."),
            _ when snapshot.Queued >= snapshot.Capacity => (PipelineCondition.Unhealthy, $"Interaction queue full ({snapshot.Queued} of {snapshot.Capacity}): members are told the bot is busy."),
            _ when shedSince > 0 => (PipelineCondition.Unhealthy, $"{shedSince} interaction(s) turned away busy since the last check (queue was full)."),
            (_, { } a) when a > settings.QueuedTooLong => (PipelineCondition.Unhealthy, $"The oldest queued interaction has waited {a.TotalSeconds:0} s for a worker."),
            _ when snapshot.Stuck >= workers => (PipelineCondition.Unhealthy, $"All {workers} workers have been busy on one interaction for over {settings.StuckHandlerAfter.TotalMinutes:0.#} min."),
            _ when snapshot.Stuck > 0 => (PipelineCondition.Degraded, $"{snapshot.Stuck} worker(s) busy on one interaction for over {settings.StuckHandlerAfter.TotalMinutes:0.#} min."),
            _ => (PipelineCondition.Healthy, "Connected to the Discord gateway; interactions flowing."),
        };
        return new PipelineHealthReport(condition, description, snapshot, age);
    }
}
