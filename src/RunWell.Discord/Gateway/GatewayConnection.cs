using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace RunWell.Discord.Gateway;

/// <summary>
/// One WebSocket connection from Hello to close: heartbeats, Identify or Resume, and dispatches.
/// The receive loop only parses and writes to the channel; it never runs handler code.
/// </summary>
internal sealed partial class GatewayConnection(
    DiscordOptions options,
    DiscordTuning tuning,
    GatewaySession session,
    ChannelWriter<GatewayEvent> events,
    TimeProvider time,
    ILogger logger,
    GatewayStatus status)
{
    private volatile bool _acked = true;
    private volatile bool _zombie;
    private GatewaySocket? _socket;

    /// <summary>True once READY or RESUMED arrived on this connection (resets the reconnect backoff).</summary>
    public bool BecameHealthy { get; private set; }

    public int? FatalCloseCode { get; private set; }

    public async Task<ConnectionOutcome> RunAsync(Uri gatewayUrl, CancellationToken stopping)
    {
        await using var socket = new GatewaySocket(tuning);
        _socket = socket;
        var url = new Uri(gatewayUrl.GetLeftPart(UriPartial.Path) + "?v=10&encoding=json");
        try
        {
            await socket.ConnectAsync(url, stopping);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or HttpRequestException)
        {
            LogConnectFailed(logger, url.Host, ex.Message);
            return ConnectionOutcome.Resume;
        }
        LogConnected(logger, url.Host, session.CanResume);

        // The connection's own token: heartbeats stop with it; receive is never cancelled directly
        // because cancelling a ClientWebSocket receive aborts the socket instead of closing it.
        using var connectionCts = new CancellationTokenSource();
        using var stopRegistration = stopping.Register(() => _ = StopGracefullyAsync(socket, connectionCts));
        Task heartbeats = Task.CompletedTask;
        try
        {
            while (true)
            {
                var frame = await socket.ReceiveAsync(connectionCts.Token);
                if (frame.Closed)
                {
                    if (stopping.IsCancellationRequested)
                        return ConnectionOutcome.Stopped;
                    if (_zombie)
                        return ConnectionOutcome.Resume;
                    return Closed(frame.CloseStatus);
                }

                var outcome = Handle(frame.Payload, socket, connectionCts.Token, ref heartbeats);
                if (outcome is { } done)
                {
                    await socket.CloseAsync(4000, "reconnecting", tuning.CloseTimeout);
                    return done;
                }
                // Dispatches are queued here, outside Handle, so backpressure applies to the reader.
                if (_pending is { } evt)
                {
                    _pending = null;
                    await events.WriteAsync(evt, connectionCts.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested || connectionCts.IsCancellationRequested)
        {
            return stopping.IsCancellationRequested ? ConnectionOutcome.Stopped : ConnectionOutcome.Resume;
        }
        finally
        {
            await connectionCts.CancelAsync();
            try
            {
                await heartbeats;
            }
            catch (OperationCanceledException)
            {
                // Expected: the heartbeat loop ends with the connection.
            }
        }
    }

    private GatewayEvent? _pending;

    private ConnectionOutcome Closed(int? code)
    {
        var outcome = CloseCodes.Classify(code);
        if (outcome == ConnectionOutcome.Fatal)
            FatalCloseCode = code;
        LogClosed(logger, code ?? 0, outcome);
        return outcome;
    }

    private ConnectionOutcome? Handle(ReadOnlyMemory<byte> payload, GatewaySocket socket, CancellationToken ct, ref Task heartbeats)
    {
        using var doc = JsonDocument.Parse(payload);
        var root = doc.RootElement;
        var op = root.GetProperty("op").GetInt32();
        switch (op)
        {
            case 0:
                if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
                    session.Sequence = s.GetInt32();
                Dispatch(root.GetProperty("t").GetString(), root.GetProperty("d"));
                return null;
            case 1:
                // The server asks for a beat now; it does not change the ACK bookkeeping.
                _ = SendSafeAsync(socket, GatewayPayloads.Heartbeat(session.Sequence), heartbeat: true, ct);
                return null;
            case 7:
                LogServerRequestedReconnect(logger);
                return ConnectionOutcome.Resume;
            case 9:
                var resumable = root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                LogInvalidSession(logger, resumable);
                return resumable ? ConnectionOutcome.Resume : ConnectionOutcome.ReidentifyAfterDelay;
            case 10:
                var interval = TimeSpan.FromMilliseconds(root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
                heartbeats = HeartbeatLoopAsync(socket, interval, ct);
                var token = options.Token!;
                var hello = session.CanResume
                    ? GatewayPayloads.Resume(token, session.SessionId!, session.Sequence)
                    : GatewayPayloads.Identify(token, options.Intents, options.Shard);
                _ = SendSafeAsync(socket, hello, heartbeat: false, ct);
                return null;
            case 11:
                _acked = true;
                return null;
            default:
                return null;
        }
    }

    private void Dispatch(string? type, JsonElement d)
    {
        switch (type)
        {
            case "READY":
                session.SessionId = d.GetProperty("session_id").GetString();
                session.ResumeUrl = new Uri(d.GetProperty("resume_gateway_url").GetString()!);
                session.ApplicationId = InteractionParser.Id(d.GetProperty("application"), "id") ?? 0;
                BecameHealthy = true;
                status.MarkConnected();
                LogReady(logger, session.ApplicationId);
                _pending = new SessionReady(session.ApplicationId);
                break;
            case "RESUMED":
                BecameHealthy = true;
                status.MarkConnected();
                LogResumed(logger, session.Sequence ?? 0);
                break;
            case "INTERACTION_CREATE":
                try
                {
                    _pending = new InteractionReceived(InteractionParser.Parse(d));
                }
                catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    LogBadInteraction(logger, ex.Message);
                }
                break;
            case "GUILD_SCHEDULED_EVENT_USER_ADD" or "GUILD_SCHEDULED_EVENT_USER_REMOVE":
                if (InteractionParser.Id(d, "guild_id") is { } g && InteractionParser.Id(d, "guild_scheduled_event_id") is { } e && InteractionParser.Id(d, "user_id") is { } usr)
                    _pending = new ScheduledEventUser(g, e, usr, type == "GUILD_SCHEDULED_EVENT_USER_ADD");
                break;
            case "GUILD_CREATE":
                if (InteractionParser.Id(d, "id") is { } created)
                    _pending = new GuildAvailable(created, d.TryGetProperty("name", out var name) ? name.GetString() : null);
                break;
            case "GUILD_DELETE":
                // unavailable=true is an outage, not a removal.
                var outage = d.TryGetProperty("unavailable", out var u) && u.ValueKind == JsonValueKind.True;
                if (!outage && InteractionParser.Id(d, "id") is { } removed)
                    _pending = new GuildRemoved(removed);
                break;
        }
    }

    private async Task HeartbeatLoopAsync(GatewaySocket socket, TimeSpan interval, CancellationToken ct)
    {
        await Task.Delay(interval * tuning.Jitter(), time, ct);
        while (!ct.IsCancellationRequested)
        {
            if (!_acked)
            {
                // Zombie: no ACK since the last beat. Abort (not 1000) so the session stays resumable.
                _zombie = true;
                LogZombie(logger);
                socket.Abort();
                return;
            }
            _acked = false;
            await SendSafeAsync(socket, GatewayPayloads.Heartbeat(session.Sequence), heartbeat: true, ct);
            await Task.Delay(interval, time, ct);
        }
    }

    private static async Task SendSafeAsync(GatewaySocket socket, byte[] payload, bool heartbeat, CancellationToken ct)
    {
        try
        {
            await socket.SendAsync(payload, heartbeat, ct);
        }
        catch (Exception ex) when (ex is OperationCanceledException or System.Net.WebSockets.WebSocketException or ObjectDisposedException)
        {
            // The receive loop sees the broken socket and decides what to do.
        }
    }

    private async Task StopGracefullyAsync(GatewaySocket socket, CancellationTokenSource connection)
    {
        // 1000 only on host stop: it ends the session, which is what shutting down means.
        try
        {
            await socket.CloseOutputAsync(1000, "shutting down", CancellationToken.None);
            await Task.Delay(tuning.CloseTimeout, time, CancellationToken.None);
            // The server did not answer the close in time: stop waiting for it.
            await connection.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The connection already finished (the close handshake completed).
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Gateway connected to {Host} (resuming: {Resuming})")]
    private static partial void LogConnected(ILogger logger, string host, bool resuming);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Gateway connect to {Host} failed: {Error}")]
    private static partial void LogConnectFailed(ILogger logger, string host, string error);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Gateway READY for application {ApplicationId}")]
    private static partial void LogReady(ILogger logger, ulong applicationId);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "Gateway session resumed at sequence {Sequence}")]
    private static partial void LogResumed(ILogger logger, int sequence);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "Gateway closed with code {Code}; next: {Outcome}")]
    private static partial void LogClosed(ILogger logger, int code, ConnectionOutcome outcome);

    [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "Gateway heartbeat not acknowledged (zombie connection); reconnecting to resume")]
    private static partial void LogZombie(ILogger logger);

    [LoggerMessage(EventId = 206, Level = LogLevel.Information, Message = "Gateway asked us to reconnect (op 7)")]
    private static partial void LogServerRequestedReconnect(ILogger logger);

    [LoggerMessage(EventId = 207, Level = LogLevel.Warning, Message = "Gateway invalid session (resumable: {Resumable})")]
    private static partial void LogInvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(EventId = 208, Level = LogLevel.Warning, Message = "Ignored an INTERACTION_CREATE that could not be read: {Error}")]
    private static partial void LogBadInteraction(ILogger logger, string error);
}
