using System.Globalization;

namespace RunWell.FakeDiscord;

/// <summary>A route's limit: <paramref name="Limit"/> requests per <paramref name="ResetAfter"/>, per major id.</summary>
/// <param name="Bucket">The opaque bucket hash sent in X-RateLimit-Bucket.</param>
public sealed record FakeBucketLimit(int Limit, TimeSpan ResetAfter, string Bucket);

/// <summary>A scripted failure for the next requests to a route.</summary>
/// <param name="Status">HTTP status to answer.</param>
/// <param name="Code">Discord JSON error code, if any.</param>
/// <param name="RetryAfter">For 429: retry_after in seconds.</param>
/// <param name="Global">For 429: a global limit.</param>
/// <param name="ProcessFirst">The request takes effect as if it succeeded, then the answer is <paramref name="Status"/> (e.g. a 502 hiding a success).</param>
/// <param name="Hang">The answer never comes (the client's timeout or a reset is what it sees); implies the request is processed first when <paramref name="ProcessFirst"/>.</param>
public sealed record FakeFault(int Status, int? Code = null, double RetryAfter = 0.05, bool Global = false, bool ProcessFirst = false, bool Hang = false);

/// <summary>
/// Discord's rate-limit model: fixed windows per bucket + major id that start at the first request,
/// and a 50/s global limit over bot-authenticated routes (interaction routes are exempt).
/// </summary>
internal sealed class FakeRateLimits(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<FakeRoute, FakeBucketLimit> _limits = new()
    {
        [FakeRoute.CreateMessage] = new(50, TimeSpan.FromSeconds(1), "create-message"),
        [FakeRoute.CreateDm] = new(50, TimeSpan.FromSeconds(1), "create-dm"),
        [FakeRoute.BulkOverwriteGlobalCommands] = new(2, TimeSpan.FromSeconds(1), "commands"),
        [FakeRoute.BulkOverwriteGuildCommands] = new(2, TimeSpan.FromSeconds(1), "commands"),
        [FakeRoute.InteractionCallback] = new(5, TimeSpan.FromSeconds(1), "interaction"),
        [FakeRoute.EditOriginal] = new(5, TimeSpan.FromSeconds(1), "webhook"),
        [FakeRoute.CreateFollowup] = new(5, TimeSpan.FromSeconds(1), "webhook"),
    };
    private readonly Dictionary<string, (int Used, DateTimeOffset ResetAt)> _windows = new();
    private readonly Queue<DateTimeOffset> _global = new();

    public int GlobalPerSecond { get; set; } = 50;

    public void Set(FakeRoute route, FakeBucketLimit limit)
    {
        lock (_lock) _limits[route] = limit;
    }

    /// <summary>Counts the request; returns the headers to send, or a 429 decision.</summary>
    public (Dictionary<string, string> Headers, double? RetryAfter, bool Global) Take(FakeRoute route, string major, bool globalLimited)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (globalLimited)
            {
                while (_global.Count > 0 && now - _global.Peek() >= TimeSpan.FromSeconds(1))
                    _global.Dequeue();
                if (_global.Count >= GlobalPerSecond)
                {
                    var wait = (_global.Peek() + TimeSpan.FromSeconds(1) - now).TotalSeconds;
                    return (new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" }, Math.Max(wait, 0.001), true);
                }
            }
            var headers = new Dictionary<string, string>();
            double? retry = null;
            if (_limits.TryGetValue(route, out var limit))
            {
                var key = limit.Bucket + "|" + major;
                if (_windows.Count > 1024)
                {
                    // One window per interaction token would grow forever in long benchmarks; expired ones mean nothing.
                    foreach (var expired in _windows.Where(e => e.Value.ResetAt <= now).Select(e => e.Key).ToList())
                        _windows.Remove(expired);
                }

                var window = _windows.TryGetValue(key, out var w) && w.ResetAt > now ? w : (Used: 0, ResetAt: now + limit.ResetAfter);
                if (window.Used >= limit.Limit)
                {
                    retry = Math.Max((window.ResetAt - now).TotalSeconds, 0.001);
                    headers["X-RateLimit-Scope"] = "user";
                }
                else
                {
                    window.Used++;
                    _windows[key] = window;
                }
                var resetAfter = Math.Max((window.ResetAt - now).TotalSeconds, 0);
                headers["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture);
                headers["X-RateLimit-Remaining"] = (limit.Limit - window.Used).ToString(CultureInfo.InvariantCulture);
                headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
                headers["X-RateLimit-Reset"] = (window.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
                headers["X-RateLimit-Bucket"] = limit.Bucket;
            }
            if (retry is null && globalLimited)
                _global.Enqueue(now);
            return (headers, retry, false);
        }
    }
}
