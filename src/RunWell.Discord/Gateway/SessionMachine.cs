using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using RunWell.Discord.Interactions;

namespace RunWell.Discord.Gateway;

/// <summary>What the socket loop must do after one frame.</summary>
/// <param name="Outcome">End the connection this way.</param>
/// <param name="HelloInterval">HELLO arrived: start heartbeating at this interval and send <paramref name="Send"/>.</param>
/// <param name="Send">A payload to send (Identify or Resume).</param>
/// <param name="BeatNow">The server asked for a heartbeat now (op 1).</param>
/// <param name="Acked">A heartbeat ACK (op 11).</param>
/// <param name="Healthy">READY or RESUMED: the session is up.</param>
internal readonly record struct FrameResult(
    ConnectionOutcome? Outcome = null,
    TimeSpan? HelloInterval = null,
    byte[]? Send = null,
    bool BeatNow = false,
    bool Acked = false,
    bool Healthy = false);

/// <summary>
/// The session's state machine, without a socket: reads one frame, keeps the session (id, sequence,
/// resume URL), decides Identify or Resume after HELLO, and hands dispatches over without waiting
/// (interactions to the inbox, stamped with their receipt time; other events to the bounded queue).
/// A frame it cannot read throws <see cref="BadFrameException"/>; the loop drops the connection and resumes.
/// </summary>
internal sealed partial class SessionMachine(
    DiscordOptions options,
    GatewaySession session,
    ChannelWriter<GatewayEvent> events,
    InteractionInbox inbox,
    GatewayStatus status,
    DiscordMetrics metrics,
    ILogger logger)
{
    public FrameResult Handle(ReadOnlyMemory<byte> payload, DateTimeOffset receivedAt)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload);
            return Handle(doc.RootElement, receivedAt);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException
                                       or FormatException or UriFormatException or ArgumentException or NullReferenceException)
        {
            throw new BadFrameException(ex);
        }
    }

    private FrameResult Handle(JsonElement root, DateTimeOffset receivedAt)
    {
        switch ((GatewayOpcode)root.GetProperty("op").GetInt32())
        {
            case GatewayOpcode.Dispatch:
                // The sequence is taken only once the dispatch was read: a frame that fails must not move
                // the resume point past events the bot never saw (they would be skipped on replay).
                int? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
                var result = Dispatch(root.GetProperty("t").GetString(), root.GetProperty("d"), receivedAt);
                if (sequence is { } seq)
                    session.Sequence = seq;
                return result;
            case GatewayOpcode.Heartbeat:
                return new FrameResult(BeatNow: true);
            case GatewayOpcode.Reconnect:
                LogServerRequestedReconnect(logger);
                return new FrameResult(Outcome: ConnectionOutcome.Resume);
            case GatewayOpcode.InvalidSession:
                var resumable = root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                LogInvalidSession(logger, resumable);
                return new FrameResult(Outcome: resumable ? ConnectionOutcome.Resume : ConnectionOutcome.ReidentifyAfterDelay);
            case GatewayOpcode.Hello:
                var interval = TimeSpan.FromMilliseconds(root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
                if (interval <= TimeSpan.Zero)
                    throw new InvalidOperationException("HELLO with a heartbeat interval that is not positive.");
                var token = options.Token!;
                var hello = session.CanResume
                    ? GatewayPayloads.Resume(token, session.SessionId!, session.Sequence)
                    : GatewayPayloads.Identify(token, options.Intents, options.Shard);
                return new FrameResult(HelloInterval: interval, Send: hello);
            case GatewayOpcode.HeartbeatAck:
                return new FrameResult(Acked: true);
            default:
                return default;
        }
    }

    private FrameResult Dispatch(string? type, JsonElement d, DateTimeOffset receivedAt)
    {
        switch (type)
        {
            case "READY":
                // Read everything before changing anything: a READY missing a field changes nothing.
                var sessionId = d.GetProperty("session_id").GetString() ?? throw new InvalidOperationException("READY without session_id.");
                var resumeUrl = new Uri(d.GetProperty("resume_gateway_url").GetString() ?? throw new InvalidOperationException("READY without resume_gateway_url."));
                var applicationId = Snowflake.Read(d.GetProperty("application"), "id") ?? throw new InvalidOperationException("READY without application.id.");
                (session.SessionId, session.ResumeUrl, session.ApplicationId) = (sessionId, resumeUrl, applicationId);
                status.MarkConnected();
                LogReady(logger, applicationId);
                Publish(new SessionReady(applicationId, ReadyGuilds(d), ReadyShard(d, 0), ReadyShard(d, 1, 1)));
                return new FrameResult(Healthy: true);
            case "RESUMED":
                status.MarkConnected();
                metrics.Resumed();
                LogResumed(logger, session.Sequence ?? 0);
                // A process that resumed a saved session never saw READY: it still registers once.
                if (session.ApplicationId != 0)
                    Publish(new SessionResumed(session.ApplicationId));
                return new FrameResult(Healthy: true);
            case "INTERACTION_CREATE":
                try
                {
                    inbox.Accept(InteractionParser.Parse(d), receivedAt);
                }
                catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or NullReferenceException)
                {
                    // One malformed interaction is that interaction's problem, not the connection's.
                    LogBadInteraction(logger, ex.GetType().Name);
                }
                return default;
            case "GUILD_SCHEDULED_EVENT_USER_ADD" or "GUILD_SCHEDULED_EVENT_USER_REMOVE":
                if (Snowflake.Read(d, "guild_id") is { } g && Snowflake.Read(d, "guild_scheduled_event_id") is { } e && Snowflake.Read(d, "user_id") is { } usr)
                    Publish(new ScheduledEventUser(g, e, usr, type == "GUILD_SCHEDULED_EVENT_USER_ADD"));
                return default;
            case "GUILD_CREATE":
                // An unavailable guild (an outage) is not availability.
                var unavailable = d.TryGetProperty("unavailable", out var ua) && ua.ValueKind == JsonValueKind.True;
                if (!unavailable && Snowflake.Read(d, "id") is { } created)
                    Publish(new GuildAvailable(created, d.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null));
                return default;
            case "GUILD_DELETE":
                // unavailable=true is an outage, not a removal.
                var outage = d.TryGetProperty("unavailable", out var u) && u.ValueKind == JsonValueKind.True;
                if (!outage && Snowflake.Read(d, "id") is { } removed)
                    Publish(new GuildRemoved(removed));
                return default;
            default:
                return default;
        }
    }

    private static ulong[] ReadyGuilds(JsonElement d) =>
        d.TryGetProperty("guilds", out var guilds) && guilds.ValueKind == JsonValueKind.Array
            ? [.. guilds.EnumerateArray().Select(g => Snowflake.Read(g, "id")).OfType<ulong>()]
            : [];

    /// <summary>READY's <c>shard</c> pair [id, count]; absent when the session is not sharded.</summary>
    private static int ReadyShard(JsonElement d, int index, int fallback = 0) =>
        d.TryGetProperty("shard", out var shard) && shard.ValueKind == JsonValueKind.Array && shard.GetArrayLength() > index
            ? shard[index].GetInt32()
            : fallback;

    /// <summary>Never waits: a full event queue drops the event with a log rather than stall heartbeats.</summary>
    private void Publish(GatewayEvent evt)
    {
        if (events.TryWrite(evt))
            return;
        metrics.Shed(evt.GetType().Name);
        LogEventShed(logger, evt.GetType().Name);
    }

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Gateway READY for application {ApplicationId}")]
    private static partial void LogReady(ILogger logger, ulong applicationId);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "Gateway session resumed at sequence {Sequence}")]
    private static partial void LogResumed(ILogger logger, int sequence);

    [LoggerMessage(EventId = 206, Level = LogLevel.Information, Message = "Gateway asked us to reconnect (op 7)")]
    private static partial void LogServerRequestedReconnect(ILogger logger);

    [LoggerMessage(EventId = 207, Level = LogLevel.Warning, Message = "Gateway invalid session (resumable: {Resumable})")]
    private static partial void LogInvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(EventId = 208, Level = LogLevel.Warning, Message = "Ignored an INTERACTION_CREATE that could not be read ({Error})")]
    private static partial void LogBadInteraction(ILogger logger, string error);

    [LoggerMessage(EventId = 209, Level = LogLevel.Error, Message = "Event queue full; {Event} dropped")]
    private static partial void LogEventShed(ILogger logger, string @event);
}

/// <summary>A gateway frame that is not what Discord sends (not JSON, a missing field, a wrong kind).</summary>
internal sealed class BadFrameException(Exception inner) : Exception("Unreadable gateway frame: " + inner.GetType().Name, inner);
