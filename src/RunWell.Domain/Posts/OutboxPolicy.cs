namespace RunWell.Domain.Posts;

/// <summary>
/// Retry rules of the delivery worker: exponential backoff from 10 s, capped at 30 min, and a last
/// attempt after about four hours of trying, so an outage is ridden out but nothing is retried for ever.
/// </summary>
public static class OutboxPolicy
{
    public const int MaxAttempts = 14;
    public const int BatchSize = 50;
    public const int ErrorMaxLength = 500;

    /// <summary>Room left for the worker's 10-s poll and the request itself, so a retry reaches the platform inside its repeat guard.</summary>
    public static readonly TimeSpan RepeatGuardMargin = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The last moment a retry may start after an attempt that may have posted, begun at
    /// <paramref name="unconfirmedSince"/>, on a platform that drops a repeat for <paramref name="repeatGuardWindow"/>.
    /// </summary>
    public static DateTime LastSafeRetry(DateTime unconfirmedSince, TimeSpan repeatGuardWindow) =>
        unconfirmedSince + repeatGuardWindow - RepeatGuardMargin;

    private static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(30);

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt (1-based).</summary>
    public static TimeSpan BackoffAfter(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var delay = TimeSpan.FromTicks(First.Ticks * (1L << exponent));
        return delay < Cap ? delay : Cap;
    }
}
