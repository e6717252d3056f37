using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunWell.Discord.Interactions;

namespace RunWell.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: discovery, connect, Resume whenever allowed (for
/// <see cref="DiscordTuning.ResumeWindow"/> of trouble), Identify only when the session is gone,
/// exponential backoff reset only by a stable connection, and a hard stop on fatal close codes. On host
/// stop it stops reading, saves the session for the next process and completes the queues so the
/// consumers finish what was received. Does nothing when Discord:Token is empty.
/// </summary>
internal sealed partial class GatewayService(
    IOptions<DiscordOptions> options,
    IOptions<DiscordTuning> tuning,
    IDiscordRest rest,
    Channel<GatewayEvent> events,
    InteractionQueue interactions,
    InteractionInbox inbox,
    DiscordMetrics metrics,
    IServiceProvider services,
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
            await RestoreAsync(stoppingToken);
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping.
        }
        catch (Exception ex)
        {
            // Nothing may end the gateway quietly: a supervisor (restart: on-failure) must see a failure.
            var (error, detail) = (ex.GetType().Name, ex.Message);
            LogCrashed(logger, ex, error, detail);
            fatalStop.Stop();
        }
        finally
        {
            status.MarkDisconnected();
            // Stop reading first; the consumers then finish what was received.
            events.Writer.TryComplete();
            interactions.Writer.TryComplete();
            await SaveAsync();
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var settings = tuning.Value;
        Uri? discovered = null;
        var attempt = 0;
        var connections = 0;
        DateTimeOffset? lastIdentify = null;
        DateTimeOffset troubleSince = time.GetUtcNow();
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
                {
                    LogIdentifySpacing(logger, (long)wait.TotalMilliseconds);
                    await Task.Delay(wait, time, ct);
                }
                lastIdentify = time.GetUtcNow();
            }

            if (connections++ > 0)
                metrics.Reconnected();
            var connection = new GatewayConnection(settings,
                new SessionMachine(options.Value, _session, events.Writer, inbox, status, metrics, logger),
                _session, time, logger);
            var (outcome, healthyAt, fatalCode) = await connection.RunAsync(resuming ? _session.ResumeUrl! : discovered, ct);
            status.MarkDisconnected();
            var ended = time.GetUtcNow();

            // Only a connection that stayed up a while proves the trouble is over: a READY-then-close
            // loop must keep backing off.
            var stable = healthyAt is { } up && ended - up >= settings.StableConnection;
            attempt = stable ? 0 : attempt + 1;
            if (healthyAt is not null)
                troubleSince = ended;

            switch (outcome)
            {
                case ConnectionOutcome.Stopped:
                    return;
                case ConnectionOutcome.Fatal:
                    var code = fatalCode ?? 0;
                    var reason = CloseCodes.FatalReason(code);
                    LogFatal(logger, code, reason);
                    _session.Forget();
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
                    if (healthyAt is null && !resuming && attempt > 1)
                        discovered = null; // the discovery URL keeps failing: ask again
                    if (_session.CanResume && ended - troubleSince > settings.ResumeWindow)
                    {
                        // Discord keeps a session resumable for minutes, not forever: after this long
                        // without a working connection, start a new one on the discovery URL.
                        LogResumeAbandoned(logger, (ended - troubleSince).TotalSeconds);
                        _session.Forget();
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

    /// <summary>A session the previous process saved on a planned restart, if still young enough to resume.</summary>
    private async Task RestoreAsync(CancellationToken ct)
    {
        if (services.GetService<IGatewaySessionStore>() is not { } store)
            return;
        var saved = await store.LoadAsync(ct);
        if (saved is null)
            return;
        // Used once: if resuming it fails, the next start must not try it again.
        await store.SaveAsync(null, ct);
        var age = time.GetUtcNow() - saved.SavedAt;
        if (age > tuning.Value.ResumeWindow || age < TimeSpan.Zero)
        {
            LogSavedSessionTooOld(logger, age.TotalSeconds);
            return;
        }
        (_session.SessionId, _session.ResumeUrl, _session.Sequence, _session.ApplicationId) = (saved.SessionId, saved.ResumeUrl, saved.Sequence, saved.ApplicationId);
        LogRestoring(logger, saved.Sequence ?? 0);
    }

    private async Task SaveAsync()
    {
        if (services.GetService<IGatewaySessionStore>() is not { } store || !_session.CanResume)
            return;
        try
        {
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5), time);
            await store.SaveAsync(new SavedGatewaySession(_session.SessionId!, _session.ResumeUrl!, _session.Sequence, _session.ApplicationId, time.GetUtcNow()), bounded.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The next process identifies instead: a loss of missed events, not of correctness.
            LogSaveFailed(logger, ex.GetType().Name);
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
                const int rejected = (int)GatewayCloseCode.AuthenticationFailed;
                var reason = CloseCodes.FatalReason(rejected);
                LogFatal(logger, rejected, reason);
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
            var (error, code) = (result.Error, result.StatusCode);
            LogDiscoveryFailed(logger, error, code, delay.TotalMilliseconds);
            await Task.Delay(delay, time, ct);
        }
    }

    [LoggerMessage(EventId = 305, Level = LogLevel.Warning, Message = "No working gateway connection for {Seconds} s; starting a new session instead of resuming")]
    private static partial void LogResumeAbandoned(ILogger logger, double seconds);

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

    [LoggerMessage(EventId = 306, Level = LogLevel.Critical, Message = "The Discord gateway stopped unexpectedly ({Error}: {Detail}); exiting with code 1")]
    private static partial void LogCrashed(ILogger logger, Exception exception, string error, string detail);

    [LoggerMessage(EventId = 307, Level = LogLevel.Information, Message = "Resuming the session the previous process left (sequence {Sequence})")]
    private static partial void LogRestoring(ILogger logger, int sequence);

    [LoggerMessage(EventId = 308, Level = LogLevel.Information, Message = "The saved gateway session is {Seconds} s old; identifying instead")]
    private static partial void LogSavedSessionTooOld(ILogger logger, double seconds);

    [LoggerMessage(EventId = 309, Level = LogLevel.Warning, Message = "Could not save the gateway session for the next process ({Error})")]
    private static partial void LogSaveFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 310, Level = LogLevel.Debug, Message = "Waiting {DelayMs} ms before identifying again (identify spacing)")]
    private static partial void LogIdentifySpacing(ILogger logger, long delayMs);
}
