using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunWell.Discord.Interactions;

namespace RunWell.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: discovery, connect, Resume whenever allowed, Identify only when
/// the session is gone, exponential backoff, and a hard stop on fatal close codes. Does nothing when
/// Discord:Token is empty (so the host can run without Discord, e.g. in console chat mode).
/// </summary>
internal sealed partial class GatewayService(
    IOptions<DiscordOptions> options,
    IOptions<DiscordTuning> tuning,
    IDiscordRest rest,
    Channel<GatewayEvent> events,
    InteractionQueue interactions,
    InteractionInbox inbox,
    DiscordMetrics metrics,
    IFatalStop fatalStop,
    TimeProvider time,
    GatewayStatus status,
    ILogger<GatewayService> logger) : BackgroundService
{
    private readonly GatewaySession _session = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrEmpty(options.Value.Token))
        {
            LogNoToken(logger);
            return;
        }
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping.
        }
        finally
        {
            // Stop reading first; the consumers then finish what was received.
            events.Writer.TryComplete();
            interactions.Writer.TryComplete();
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var settings = tuning.Value;
        Uri? discovered = null;
        var attempt = 0;
        var failedResumes = 0;
        DateTimeOffset? lastIdentify = null;
        while (!ct.IsCancellationRequested)
        {
            var resuming = _session.CanResume;
            // Every Identify spends one of ~1000 per day, and running out resets the token; a reconnect
            // loop can spend them all in hours. So each Identify (not just the first) looks at the
            // current session_start_limit, which DiscoverAsync waits out. Resumes cost nothing.
            if (discovered is null || !resuming)
            {
                discovered = await DiscoverAsync(ct);
                if (discovered is null)
                    return;
            }

            if (!resuming)
            {
                if (lastIdentify is { } last && last + settings.IdentifySpacing - time.GetUtcNow() is { Ticks: > 0 } wait)
                    await Task.Delay(wait, time, ct);
                lastIdentify = time.GetUtcNow();
            }

            var connection = new GatewayConnection(options.Value, settings, _session, events.Writer, inbox, metrics, time, logger, status);
            var outcome = await connection.RunAsync(resuming ? _session.ResumeUrl! : discovered, ct);
            status.MarkDisconnected();
            attempt = connection.BecameHealthy ? 0 : attempt + 1;
            failedResumes = resuming && !connection.BecameHealthy ? failedResumes + 1 : 0;

            switch (outcome)
            {
                case ConnectionOutcome.Stopped:
                    return;
                case ConnectionOutcome.Fatal:
                    var code = connection.FatalCloseCode ?? 0;
                    var reason = CloseCodes.FatalReason(code);
                    LogFatal(logger, code, reason);
                    fatalStop.Stop();
                    return;
                case ConnectionOutcome.Reidentify:
                    _session.Forget();
                    break;
                case ConnectionOutcome.ReidentifyAfterDelay:
                    _session.Forget();
                    var min = settings.InvalidSessionDelayMin;
                    await Task.Delay(min + ((settings.InvalidSessionDelayMax - min) * settings.Jitter()), time, ct);
                    break;
                case ConnectionOutcome.Resume:
                    if (!connection.BecameHealthy && !resuming && attempt > 1)
                        discovered = null; // the discovery URL keeps failing: ask again
                    if (failedResumes >= MaxFailedResumes)
                    {
                        // The resume URL itself is unreachable (or the session long gone): a session is only
                        // resumable for minutes, so start a new one on the discovery URL instead of trying forever.
                        LogResumeAbandoned(logger, failedResumes);
                        _session.Forget();
                        failedResumes = 0;
                    }
                    break;
            }

            var delay = ReconnectBackoff.Delay(attempt, settings.ReconnectBackoffBase, settings.ReconnectBackoffCap, settings.Jitter());
            if (delay > TimeSpan.Zero)
            {
                LogBackoff(logger, delay.TotalMilliseconds, attempt);
                await Task.Delay(delay, time, ct);
            }
        }
    }

    /// <summary>GET /gateway/bot, waiting out an exhausted session-start budget.</summary>
    private async Task<Uri?> DiscoverAsync(CancellationToken ct)
    {
        var settings = tuning.Value;
        for (var attempt = 1; ; attempt++)
        {
            var result = await rest.GetGatewayBotAsync(ct);
            if (result.Error == DiscordErrorKind.Unauthorized)
            {
                var reason = CloseCodes.FatalReason(4004);
                LogFatal(logger, 4004, reason);
                fatalStop.Stop();
                return null;
            }
            if (result is { IsSuccess: true, Value: { } info })
            {
                if (info.SessionStartRemaining <= 0)
                {
                    // Running out of Identifies resets the token; waiting is the only safe choice.
                    LogSessionStartExhausted(logger, info.SessionStartResetAfter.TotalSeconds);
                    await Task.Delay(info.SessionStartResetAfter, time, ct);
                    continue;
                }
                return info.Url;
            }
            var delay = ReconnectBackoff.Delay(attempt, settings.ReconnectBackoffBase, settings.ReconnectBackoffCap, settings.Jitter());
            var (error, status) = (result.Error, result.StatusCode);
            LogDiscoveryFailed(logger, error, status, delay.TotalMilliseconds);
            await Task.Delay(delay, time, ct);
        }
    }

    /// <summary>Failed resume attempts in a row before a new session is started instead.</summary>
    internal const int MaxFailedResumes = 3;

    [LoggerMessage(EventId = 305, Level = LogLevel.Warning, Message = "Resuming failed {Attempts} times in a row; starting a new session")]
    private static partial void LogResumeAbandoned(ILogger logger, int attempts);

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Discord:Token is not set; the Discord gateway is not started")]
    private static partial void LogNoToken(ILogger logger);

    [LoggerMessage(EventId = 301, Level = LogLevel.Critical, Message = "{Reason} (close code {Code}); not reconnecting, stopping the host")]
    private static partial void LogFatal(ILogger logger, int code, string reason);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "Reconnecting to the gateway in {DelayMs} ms (attempt {Attempt})")]
    private static partial void LogBackoff(ILogger logger, double delayMs, int attempt);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Session start limit exhausted; waiting {Seconds} s before identifying")]
    private static partial void LogSessionStartExhausted(ILogger logger, double seconds);

    [LoggerMessage(EventId = 304, Level = LogLevel.Warning, Message = "Gateway discovery failed ({Error}, HTTP {Status}); retrying in {DelayMs} ms")]
    private static partial void LogDiscoveryFailed(ILogger logger, DiscordErrorKind error, int status, double delayMs);
}
