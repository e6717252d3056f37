using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunWell.Discord.Json;

namespace RunWell.Discord.Rest;

/// <summary>
/// The single place HTTP requests to Discord are made: bucket + global limits, 429 waits, bounded
/// retries of 5xx and network errors, and the 401 stop. Retries live in this loop rather than in a
/// Polly pipeline on the HttpClient because a retry must re-enter the bucket accounting it is holding.
/// </summary>
internal sealed partial class RestSender(
    DiscordHttp http,
    IOptions<DiscordOptions> options,
    IOptions<DiscordTuning> tuning,
    RateLimitBuckets buckets,
    GlobalRateLimiter global,
    DiscordMetrics metrics,
    TimeProvider time,
    ILogger<RestSender> logger)
{
    private static readonly string Version = typeof(RestSender).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
    private volatile bool _unauthorized;

    /// <summary>The API's base URL (with its slash) and the User-Agent: the same for every request, built once.</summary>
    private Endpoint? _endpoint;

    private sealed record Endpoint(string BaseUrl, string UserAgent);

    private volatile AuthenticationHeaderValue? _authorization;

    public bool IsUnauthorized => _unauthorized;

    /// <summary>The API's base URL with its slash: every <see cref="RestRequest.Url"/> starts with it.</summary>
    public string ApiBase => Current.BaseUrl;

    private Endpoint Current => _endpoint ??= new Endpoint(options.Value.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/",
        $"DiscordBot ({options.Value.UserAgentUrl.AbsoluteUri}, {Version})");

    /// <summary>
    /// Sends with limits and retries. A pooled ValueTask (awaited once by every caller): the state machine of
    /// this loop is the largest on the interaction path and would otherwise be a new box per request.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<RestResponse> SendAsync(RestRequest request, CancellationToken ct)
    {
        var token = options.Value.Token;
        if (request.BotAuth && (_unauthorized || string.IsNullOrEmpty(token)))
            return new RestResponse(401, []);

        var settings = tuning.Value;
        var firstAttempt = time.GetUtcNow();
        var bucket = await buckets.AcquireAsync(request, ct);
        try
        {
            var serverErrors = 0;
            var limited = 0;
            var attempts = 0;
            while (true)
            {
                HttpResponseMessage response;
                attempts++;
                try
                {
                    response = await SendWithinGlobalLimitAsync(request, token, ct);
                }
                catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
                {
                    // The request may have reached Discord before the connection broke.
                    if (!MayRetryUnknown(request, firstAttempt))
                    {
                        metrics.OutcomeUnknown(request.Route);
                        LogOutcomeUnknown(logger, request.Route, 0);
                        return new RestResponse(0, [], attempts, OutcomeUnknown: true);
                    }
                    if (++serverErrors > settings.MaxServerErrorRetries)
                    {
                        LogGaveUp(logger, request.Route, 0);
                        return new RestResponse(0, [], attempts, OutcomeUnknown: MayHaveApplied(request));
                    }
                    metrics.Retried(request.Route);
                    LogNetworkRetry(logger, request.Route, ex.GetType().Name, serverErrors);
                    await Task.Delay(Backoff(settings, serverErrors), time, ct);
                    continue;
                }

                using (response)
                {
                    buckets.Update(request, bucket, response.Headers);
                    var status = (int)response.StatusCode;
                    var body = await response.Content.ReadAsByteArrayAsync(ct);

                    if (status == 429)
                    {
                        metrics.RateLimited(request.Route);
                        var wait = HandleRateLimited(request, bucket, response, body);
                        if (++limited > settings.Max429Retries || wait > settings.MaxRateLimitWait)
                        {
                            // A caller waiting minutes for one request is worse off than one told "rate limited".
                            LogRateLimitGivenUp(logger, request.Route, wait.TotalSeconds);
                            return new RestResponse(429, body, attempts, RateLimitTooLong: true);
                        }
                        metrics.Retried(request.Route);
                        await bucket.WaitForCapacityAsync(time, ct);
                        continue;
                    }
                    if (status is 500 or 502 or 503 or 504)
                    {
                        // A gateway error can hide a success: only what is safe to repeat is repeated.
                        if (!MayRetryUnknown(request, firstAttempt))
                        {
                            metrics.OutcomeUnknown(request.Route);
                            LogOutcomeUnknown(logger, request.Route, status);
                            return new RestResponse(status, body, attempts, OutcomeUnknown: true);
                        }
                        if (++serverErrors <= settings.MaxServerErrorRetries)
                        {
                            metrics.Retried(request.Route);
                            LogServerErrorRetry(logger, request.Route, status, serverErrors);
                            await Task.Delay(Backoff(settings, serverErrors), time, ct);
                            continue;
                        }
                        if (MayHaveApplied(request))
                        {
                            metrics.OutcomeUnknown(request.Route);
                            LogOutcomeUnknown(logger, request.Route, status);
                            return new RestResponse(status, body, attempts, OutcomeUnknown: true);
                        }
                    }
                    if (status == 401 && request.BotAuth)
                    {
                        // Every further 401 counts toward Cloudflare's invalid-request ban: stop for good.
                        _unauthorized = true;
                        LogUnauthorized(logger);
                    }
                    return new RestResponse(status, body, attempts);
                }
            }
        }
        finally
        {
            bucket.Release();
        }
    }

    /// <summary>A retry of an unknown outcome is allowed only while repeating it cannot apply it twice.</summary>
    private bool MayRetryUnknown(RestRequest request, DateTimeOffset firstAttempt) =>
        request.SafeRetryWindow == TimeSpan.MaxValue || time.GetUtcNow() - firstAttempt < request.SafeRetryWindow;

    /// <summary>
    /// After the last retry: whether a POST that is safe to repeat only for a while (a message with a nonce)
    /// may have taken effect, so the caller knows its own later retry must stay inside that while.
    /// </summary>
    private static bool MayHaveApplied(RestRequest request) =>
        request.Method == HttpMethod.Post && request.SafeRetryWindow != TimeSpan.MaxValue && request.SafeRetryWindow > TimeSpan.Zero;

    /// <summary>
    /// One attempt; its global slot is stamped when the response (or the failure) arrives. Not async for
    /// the routes outside the global limit (interaction callbacks and webhooks, the per-interaction path):
    /// no state machine of its own there.
    /// </summary>
    private ValueTask<HttpResponseMessage> SendWithinGlobalLimitAsync(RestRequest request, string? token, CancellationToken ct) =>
        request.GlobalLimited ? SendGlobalLimitedAsync(request, token, ct) : SendOnceAsync(request, token, ct);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<HttpResponseMessage> SendGlobalLimitedAsync(RestRequest request, string? token, CancellationToken ct)
    {
        using var slot = await global.AcquireAsync(ct);
        return await SendOnceAsync(request, token, ct);
    }

    private TimeSpan HandleRateLimited(RestRequest request, RateLimitBuckets.Bucket bucket, HttpResponseMessage response, byte[] body)
    {
        var error = TryParseError(body);
        var retryAfter = error?.RetryAfter
            ?? (response.Headers.RetryAfter?.Delta?.TotalSeconds)
            ?? 1.0;
        var isGlobal = error?.Global == true
            || (response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.FirstOrDefault() == "true");
        var until = time.GetUtcNow() + TimeSpan.FromSeconds(retryAfter);
        if (isGlobal)
            global.PauseUntil(until);
        // A request that bypasses the global limiter (interaction routes) would otherwise retry at
        // once, drawing more 429s that count toward Cloudflare's invalid-request ban.
        if (!isGlobal || !request.GlobalLimited)
            bucket.Exhaust(until);
        LogRateLimited(logger, request.Route, isGlobal, retryAfter);
        return TimeSpan.FromSeconds(retryAfter);
    }

    /// <summary>Builds the request message; <see cref="DiscordHttp"/> owns it from here (and disposes it).</summary>
    private ValueTask<HttpResponseMessage> SendOnceAsync(RestRequest request, string? token, CancellationToken ct)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(request.Url));
        message.Headers.TryAddWithoutValidation("User-Agent", Current.UserAgent);
        if (request.BotAuth)
            message.Headers.Authorization = Authorization(token);
        message.Content = request.Body?.CreateContent();
        return http.SendAsync(message, ct);
    }

    /// <summary>The header value is immutable and the token rarely changes: built once per token, not per request.</summary>
    private AuthenticationHeaderValue Authorization(string? token)
    {
        var cached = _authorization;
        if (cached is not null && cached.Parameter == token)
            return cached;
        return _authorization = new AuthenticationHeaderValue("Bot", token);
    }

    private static TimeSpan Backoff(DiscordTuning settings, int attempt) =>
        settings.ServerErrorBackoffBase * Math.Pow(2, attempt - 1) * (0.75 + (Random.Shared.NextDouble() * 0.5));

    internal static WireError? TryParseError(byte[] body)
    {
        if (body.Length == 0)
            return null;
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJsonContext.Default.WireError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Discord rate limit on {Route} (global: {Global}); waiting {RetryAfterSeconds} s")]
    private static partial void LogRateLimited(ILogger logger, string route, bool global, double retryAfterSeconds);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Discord answered {Status} on {Route}; retry {Attempt}")]
    private static partial void LogServerErrorRetry(ILogger logger, string route, int status, int attempt);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Network error ({Error}) on {Route}; retry {Attempt}")]
    private static partial void LogNetworkRetry(ILogger logger, string route, string error, int attempt);

    [LoggerMessage(EventId = 103, Level = LogLevel.Critical, Message = "Discord rejected the bot token (401 Unauthorized); REST calls stop — check Discord:Token")]
    private static partial void LogUnauthorized(ILogger logger);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Outcome of {Route} unknown (HTTP {Status}); not repeated because a retry could apply it twice")]
    private static partial void LogOutcomeUnknown(ILogger logger, string route, int status);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Rate limited on {Route} for {Seconds} s, longer than the client waits; the caller is told it was rate limited")]
    private static partial void LogRateLimitGivenUp(ILogger logger, string route, double seconds);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "Giving up on {Route} after retries (last status {Status})")]
    private static partial void LogGaveUp(ILogger logger, string route, int status);
}
