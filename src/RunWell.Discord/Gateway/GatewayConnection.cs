using Microsoft.Extensions.Logging;

namespace RunWell.Discord.Gateway;

/// <summary>How one connection ended.</summary>
/// <param name="Outcome">What the service does next.</param>
/// <param name="HealthyAt">When READY or RESUMED arrived on it; null if it never did.</param>
/// <param name="FatalCloseCode">The close code, when it was one that forbids reconnecting.</param>
internal readonly record struct ConnectionResult(ConnectionOutcome Outcome, DateTimeOffset? HealthyAt = null, int? FatalCloseCode = null);

/// <summary>
/// The socket loop of one connection: connect (bounded by the handshake timeout), wait for HELLO and
/// then READY/RESUMED (each bounded), read frames and give each to the <see cref="SessionMachine"/>,
/// run the <see cref="Heartbeat"/>. It never runs handler code and never waits on a queue. A timeout,
/// a zombie or a frame it cannot read aborts the socket (never a 1000 close, which would end the
/// session) and the service resumes.
/// </summary>
internal sealed partial class GatewayConnection(
    DiscordTuning tuning,
    SessionMachine machine,
    GatewaySession session,
    TimeProvider time,
    ILogger logger)
{
    private readonly Heartbeat _heartbeat = new(time, tuning.Jitter);

    public async Task<ConnectionResult> RunAsync(Uri gatewayUrl, CancellationToken stopping)
    {
        await using var socket = new GatewaySocket(tuning);
        var url = new Uri(gatewayUrl.GetLeftPart(UriPartial.Path) + "?v=10&encoding=json");
        using (var handshake = new CancellationTokenSource(tuning.HandshakeTimeout, time))
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(handshake.Token, stopping))
        {
            try
            {
                await socket.ConnectAsync(url, connect.Token);
            }
            catch (OperationCanceledException) when (handshake.IsCancellationRequested && !stopping.IsCancellationRequested)
            {
                LogTimedOut(logger, "the WebSocket handshake", tuning.HandshakeTimeout.TotalSeconds);
                return new ConnectionResult(ConnectionOutcome.Resume);
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or HttpRequestException)
            {
                LogConnectFailed(logger, url.Host, ex.Message);
                return new ConnectionResult(ConnectionOutcome.Resume);
            }
        }
        LogConnected(logger, url.Host, session.CanResume);

        // The connection's own token: heartbeats stop with it. Receive is never cancelled directly,
        // because cancelling a ClientWebSocket receive aborts the socket instead of closing it.
        using var connectionCts = new CancellationTokenSource();
        using var stopRegistration = stopping.Register(() => _ = StopForRestartAsync(socket, connectionCts));
        using var watchdog = new StepWatchdog(time);
        watchdog.Arm("HELLO", tuning.HelloTimeout, socket.Abort);
        DateTimeOffset? healthyAt = null;
        Task heartbeats = Task.CompletedTask;
        try
        {
            while (true)
            {
                var frame = await socket.ReceiveAsync(connectionCts.Token);
                if (frame.Closed)
                    return Closed(frame.CloseStatus, watchdog.Expired, healthyAt, stopping);

                FrameResult result;
                try
                {
                    result = machine.Handle(frame.Payload, time.GetUtcNow());
                }
                catch (BadFrameException ex)
                {
                    // Contained: log (never the payload, which can hold tokens), drop the socket, resume.
                    var (error, detail) = (ex.InnerException?.GetType().Name ?? "unknown", ex.InnerException?.Message ?? "");
                    LogBadFrame(logger, error, detail);
                    socket.Abort();
                    return new ConnectionResult(ConnectionOutcome.Resume, healthyAt);
                }

                if (result.HelloInterval is { } interval)
                {
                    watchdog.Arm(session.CanResume ? "RESUMED" : "READY", tuning.ReadyTimeout, socket.Abort);
                    heartbeats = _heartbeat.RunAsync(interval,
                        ct => SendSafeAsync(socket, GatewayPayloads.Heartbeat(session.Sequence), heartbeat: true, ct),
                        () => { LogZombie(logger); socket.Abort(); },
                        connectionCts.Token);
                    _ = SendSafeAsync(socket, result.Send!, heartbeat: false, connectionCts.Token);
                }
                if (result.BeatNow)
                    _ = SendSafeAsync(socket, GatewayPayloads.Heartbeat(session.Sequence), heartbeat: true, connectionCts.Token);
                if (result.Acked)
                    _heartbeat.Acknowledged();
                if (result.Healthy)
                {
                    watchdog.Disarm();
                    healthyAt = time.GetUtcNow();
                }
                if (result.Outcome is { } done)
                {
                    await socket.CloseAsync((int)GatewayCloseCode.UnknownError, "reconnecting", tuning.CloseTimeout);
                    return new ConnectionResult(done, healthyAt);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested || connectionCts.IsCancellationRequested)
        {
            return new ConnectionResult(stopping.IsCancellationRequested ? ConnectionOutcome.Stopped : ConnectionOutcome.Resume, healthyAt);
        }
        finally
        {
            watchdog.Disarm();
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

    private ConnectionResult Closed(int? code, StepWatchdog.Expiry? expired, DateTimeOffset? healthyAt, CancellationToken stopping)
    {
        if (stopping.IsCancellationRequested)
            return new ConnectionResult(ConnectionOutcome.Stopped, healthyAt);
        if (expired is { } step)
        {
            LogTimedOut(logger, step.Step, step.Timeout.TotalSeconds);
            return new ConnectionResult(ConnectionOutcome.Resume, healthyAt);
        }
        if (_heartbeat.IsZombie)
            return new ConnectionResult(ConnectionOutcome.Resume, healthyAt);
        var outcome = CloseCodes.Classify(code);
        LogClosed(logger, code ?? 0, outcome);
        return new ConnectionResult(outcome, healthyAt, outcome == ConnectionOutcome.Fatal ? code : null);
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

    /// <summary>
    /// Host stop: stop reading, but close with a code other than 1000 so the session stays resumable
    /// and the next process (a planned restart) can resume it and receive what was missed.
    /// </summary>
    private async Task StopForRestartAsync(GatewaySocket socket, CancellationTokenSource connection)
    {
        try
        {
            await socket.CloseOutputAsync((int)GatewayCloseCode.Restarting, "restarting", CancellationToken.None);
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

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "Gateway closed with code {Code}; next: {Outcome}")]
    private static partial void LogClosed(ILogger logger, int code, ConnectionOutcome outcome);

    [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "Gateway heartbeat not acknowledged (zombie connection); reconnecting to resume")]
    private static partial void LogZombie(ILogger logger);

    [LoggerMessage(EventId = 210, Level = LogLevel.Warning, Message = "Gateway waited {Seconds} s for {Step} in vain; dropping the connection to resume")]
    private static partial void LogTimedOut(ILogger logger, string step, double seconds);

    [LoggerMessage(EventId = 211, Level = LogLevel.Error, Message = "Unreadable gateway frame ({Error}: {Detail}); dropping the connection to resume")]
    private static partial void LogBadFrame(ILogger logger, string error, string detail);
}
