using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;

namespace RunWell.Discord.Rest;

/// <summary>
/// Per-bucket limits learned from X-RateLimit-* headers. Requests sharing a bucket + major key are
/// sent one at a time, so the remaining count from the previous answer is always current and a burst
/// waits for the reset instead of drawing a 429. An unknown route gets a provisional bucket (so also
/// one request in flight) until its first answer names the real bucket.
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    /// <summary>Reset-After has millisecond precision: without a small margin a request can land just before the reset.</summary>
    internal static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(20);

    /// <summary>How many acquisitions between sweeps for idle buckets.</summary>
    internal const int PruneEvery = 256;

    private readonly ConcurrentDictionary<string, string> _routeToBucket = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private int _acquisitions;

    public int KnownBucketCount => _routeToBucket.Count;

    /// <summary>Counters held now; bounded because idle ones are dropped (see <see cref="PruneIdle"/>).</summary>
    internal int BucketCount => _buckets.Count;

    /// <summary>
    /// Waits until the request's bucket has capacity; the caller must <see cref="Bucket.Release"/>. Usually
    /// done at once: a ValueTask then costs nothing, where a Task&lt;Bucket&gt; was a new object per request.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<Bucket> AcquireAsync(RestRequest request, CancellationToken ct)
    {
        // A fresh counter has capacity and nothing else can queue on it: no key, map entry or gate.
        if (request.OwnCounter)
            return new Bucket(gated: false);

        if (Interlocked.Increment(ref _acquisitions) % PruneEvery == 0)
            PruneIdle();

        while (true)
        {
            var hash = HashOf(request);
            var key = KeyFor(request, hash);
            var bucket = _buckets.GetOrAdd(key, static _ => new Bucket(gated: true));
            await bucket.WaitAsync(ct);
            if (!string.Equals(HashOf(request), hash, StringComparison.Ordinal) || !_buckets.TryGetValue(key, out var current) || !ReferenceEquals(current, bucket))
            {
                // The real bucket was learned while we queued on the provisional one, or this one was
                // dropped as idle meanwhile: move over to the current one.
                bucket.Release();
                continue;
            }
            await bucket.WaitForCapacityAsync(time, ct);
            return bucket;
        }
    }

    /// <summary>Records what the response headers say about the bucket.</summary>
    public void Update(RestRequest request, Bucket bucket, HttpResponseHeaders headers)
    {
        var now = time.GetUtcNow();
        int? remaining = Header(headers, "X-RateLimit-Remaining") is { } r && int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rem) ? rem : null;
        DateTimeOffset? resetAt = Header(headers, "X-RateLimit-Reset-After") is { } ra && double.TryParse(ra, NumberStyles.Float, CultureInfo.InvariantCulture, out var after)
            ? now + TimeSpan.FromSeconds(after) + ResetMargin
            : null;
        bucket.Set(remaining, resetAt);

        if (Header(headers, "X-RateLimit-Bucket") is { } hash && !_routeToBucket.ContainsKey(request.Route))
        {
            _routeToBucket[request.Route] = hash;
            // No later request can use an own counter's key: nothing to carry over.
            if (request.OwnCounter)
                return;
            // Carry the counters over so the first request on the real bucket honours them too.
            var real = _buckets.GetOrAdd(hash + "|" + request.MajorKey, static _ => new Bucket(gated: true));
            if (!ReferenceEquals(real, bucket))
                real.Set(remaining, resetAt);
        }
    }

    /// <summary>
    /// Drops counters nobody is using whose reset has passed. Each interaction's webhook token is its
    /// own major key, so without this the map would grow by one entry per interaction, forever
    /// (and keep expired tokens in memory). A dropped counter carried nothing still true: after its
    /// reset, a fresh one starts as Discord's does.
    /// </summary>
    internal void PruneIdle()
    {
        var now = time.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (!bucket.IsIdleAt(now) || !bucket.TryEnter())
                continue;
            try
            {
                if (bucket.IsIdleAt(now))
                    _buckets.TryRemove(KeyValuePair.Create(key, bucket));
            }
            finally
            {
                bucket.Release();
            }
        }
    }

    /// <summary>The bucket hash learned for the route, or null while unknown (compared before and after queueing on a bucket).</summary>
    private string? HashOf(RestRequest request) => _routeToBucket.TryGetValue(request.Route, out var hash) ? hash : null;

    private static string KeyFor(RestRequest request, string? hash) =>
        hash is null ? string.Concat("route:", request.Route, "|", request.MajorKey) : string.Concat(hash, "|", request.MajorKey);

    /// <summary>Read without validation: these are plain numbers and a hash, and validated reads allocate per header.</summary>
    private static string? Header(HttpResponseHeaders headers, string name)
    {
        if (!headers.NonValidated.TryGetValues(name, out var values))
            return null;
        foreach (var value in values)
            return value; // the first, as before
        return null;
    }

    /// <param name="gated">One request at a time (a shared counter); false for a request's own counter.</param>
    internal sealed class Bucket(bool gated)
    {
        private readonly Lock _lock = new();
        private readonly SemaphoreSlim? _gate = gated ? new(1, 1) : null;
        private int? _remaining;
        private DateTimeOffset _resetAt;

        public Task WaitAsync(CancellationToken ct) => _gate?.WaitAsync(ct) ?? Task.CompletedTask;

        public bool TryEnter() => _gate?.Wait(0) ?? true;

        public void Release() => _gate?.Release();

        public void Set(int? remaining, DateTimeOffset? resetAt)
        {
            lock (_lock)
            {
                _remaining = remaining;
                if (resetAt is { } at)
                    _resetAt = at;
            }
        }

        /// <summary>No limit in force: its reset (if any) has passed.</summary>
        public bool IsIdleAt(DateTimeOffset now)
        {
            lock (_lock)
                return _resetAt <= now;
        }

        /// <summary>A 429 on this bucket: nothing more until retry_after has passed.</summary>
        public void Exhaust(DateTimeOffset until) => Set(0, until);

        public async Task WaitForCapacityAsync(TimeProvider time, CancellationToken ct)
        {
            TimeSpan wait;
            lock (_lock)
            {
                wait = _remaining == 0 ? _resetAt - time.GetUtcNow() : TimeSpan.Zero;
            }
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, time, ct);
            lock (_lock)
            {
                if (_remaining == 0)
                    _remaining = null;
            }
        }
    }
}
