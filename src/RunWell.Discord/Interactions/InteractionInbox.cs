using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RunWell.Discord.Interactions;

/// <summary>
/// Where the gateway reader hands over interactions, without ever waiting: a replay already seen or an
/// interaction too old to acknowledge is skipped; a fresh one is queued for the handler pool and its
/// deadline timer starts (outside the pool, so a busy pool cannot make it late); when the queue is full
/// the member is told at once that the bot is busy.
/// </summary>
internal sealed partial class InteractionInbox(
    InteractionQueue queue,
    InteractionDeadlines deadlines,
    IOptions<DiscordTuning> tuning,
    TimeProvider time,
    DiscordMetrics metrics,
    ILogger<InteractionInbox> logger)
{
    private readonly RecentIds _seen = new();

    /// <summary>Converted once: a method group passed per interaction would be a new delegate each time.</summary>
    private readonly Action<PendingInteraction> _onDeadline = deadlines.OnDeadline;
    private readonly ConcurrentDictionary<ulong, PendingInteraction> _inFlight = new();
    private long _shed;

    /// <summary>Called on the reader's thread; returns at once whatever happens.</summary>
    public void Accept(DiscordInteraction interaction, DateTimeOffset receivedAt)
    {
        metrics.Received();
        if (!_seen.TryAdd(interaction.Id))
        {
            LogDuplicate(logger, interaction.Id);
            return;
        }

        // Discord replays INTERACTION_CREATE after a resume. One created more than 3 s ago cannot be
        // acknowledged any more; running it would store what the member never saw confirmed.
        var settings = tuning.Value;
        var age = receivedAt - Snowflake.CreatedAt(interaction.Id);
        if (age > settings.InteractionLifetime + settings.ClockSkewAllowance)
        {
            metrics.Expired("stale");
            LogStale(logger, interaction.Id, age.TotalMilliseconds);
            return;
        }

        var pending = new PendingInteraction(interaction, receivedAt);
        // This reader is the queue's only writer: room now is still room at the write below.
        if (queue.IsFull)
        {
            Shed(pending);
            return;
        }

        // Armed before the write: a worker can never be running an interaction whose deadline is not set
        // yet (with a clock that tests move, an interaction seen running is one whose deferral is due).
        _inFlight[interaction.Id] = pending;
        var limit = interaction.Type == InteractionType.Autocomplete ? settings.AutocompleteDeadline : settings.DeferAfter;
        pending.StartDeadline(time, limit - (time.GetUtcNow() - receivedAt), _onDeadline);
        if (!queue.Writer.TryWrite(pending))
        {
            // Only once the queue is completed: the host is stopping and nothing will run it.
            _inFlight.TryRemove(interaction.Id, out _);
            pending.StopDeadline();
            if (pending.TryClaimAnswer())
                Shed(pending);
        }
    }

    private void Shed(PendingInteraction pending)
    {
        Interlocked.Increment(ref _shed);
        metrics.Shed("interaction");
        LogShed(logger, pending.Interaction.Id);
        deadlines.AnswerBusy(pending);
    }

    /// <summary>The worker is done with it (answered, dropped or failed).</summary>
    public void Finished(PendingInteraction pending)
    {
        _inFlight.TryRemove(pending.Interaction.Id, out _);
        pending.Dispose();
    }

    /// <summary>What health and metrics read: the oldest interaction still queued, and handlers running since before <paramref name="stuckBefore"/>.</summary>
    public PipelineSnapshot Snapshot(DateTimeOffset stuckBefore)
    {
        DateTimeOffset? oldestQueued = null;
        DateTimeOffset? oldestStarted = null;
        int queued = 0, running = 0, stuck = 0;
        foreach (var pending in _inFlight.Values)
        {
            if (pending.StartedAt is { } started)
            {
                running++;
                if (started < stuckBefore)
                    stuck++;
                oldestStarted = oldestStarted is { } o && o <= started ? o : started;
                continue;
            }
            queued++;
            oldestQueued = oldestQueued is { } q && q <= pending.ReceivedAt ? q : pending.ReceivedAt;
        }
        return new PipelineSnapshot(queued, queue.Capacity, oldestQueued, oldestStarted)
        {
            Running = running,
            Stuck = stuck,
            ShedTotal = Interlocked.Read(ref _shed),
        };
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Information, Message = "Interaction {InteractionId} already handled (replayed after resume); skipped")]
    private static partial void LogDuplicate(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 412, Level = LogLevel.Warning, Message = "Interaction {InteractionId} created {AgeMs} ms ago can no longer be acknowledged; not run")]
    private static partial void LogStale(ILogger logger, ulong interactionId, double ageMs);

    [LoggerMessage(EventId = 413, Level = LogLevel.Warning, Message = "Interaction queue full; interaction {InteractionId} answered \"busy\"")]
    private static partial void LogShed(ILogger logger, ulong interactionId);
}

/// <summary>The bounded queue between the reader and the handler pool.</summary>
internal sealed class InteractionQueue
{
    private readonly Channel<PendingInteraction> _channel;

    public InteractionQueue(int capacity)
    {
        Capacity = capacity;
        _channel = Channel.CreateBounded<PendingInteraction>(new BoundedChannelOptions(capacity)
        {
            // TryWrite fails when full; the reader never waits on it.
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = true,
        });
    }

    public int Capacity { get; }

    /// <summary>Whether a write now would fail for want of room (a bounded channel can count its items).</summary>
    public bool IsFull => _channel.Reader.Count >= Capacity;

    public ChannelWriter<PendingInteraction> Writer => _channel.Writer;

    public ChannelReader<PendingInteraction> Reader => _channel.Reader;
}

/// <summary>The interaction pipeline at one moment, for health and metrics.</summary>
/// <param name="Queued">Interactions received and not yet started by a worker.</param>
/// <param name="Capacity">The queue's size.</param>
/// <param name="OldestQueuedAt">Receipt time of the oldest one still queued.</param>
/// <param name="OldestRunningSince">Start of the longest-running handler.</param>
public sealed record PipelineSnapshot(int Queued, int Capacity, DateTimeOffset? OldestQueuedAt, DateTimeOffset? OldestRunningSince)
{
    /// <summary>Handlers running now.</summary>
    public int Running { get; init; }

    /// <summary>Handlers running longer than the stuck bound.</summary>
    public int Stuck { get; init; }

    /// <summary>Interactions answered "busy" since the process started (the queue was full).</summary>
    public long ShedTotal { get; init; }
}
