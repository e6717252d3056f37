namespace RunWell.FakeDiscord;

/// <summary>Thread-safe append-only log that tests can await on.</summary>
public sealed class Recorder<T>
{
    private readonly List<T> _items = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Done)> _waiters = [];
    private readonly Lock _lock = new();

    /// <summary>Called for every item as it is recorded, e.g. by a benchmark that keeps only what it measures.</summary>
    public event Action<T>? Recorded;

    /// <summary>
    /// When set, only about the newest N items are kept (long benchmarks); waiters and
    /// <see cref="Recorded"/> still see every item.
    /// </summary>
    public int? KeepLast { get; set; }

    /// <summary>A snapshot of everything recorded so far.</summary>
    public IReadOnlyList<T> All
    {
        get { lock (_lock) return _items.ToArray(); }
    }

    /// <summary>How many recorded items match.</summary>
    public int Count(Func<T, bool> predicate)
    {
        lock (_lock) return _items.Count(predicate);
    }

    internal void Add(T item)
    {
        List<TaskCompletionSource<T>> done = [];
        Recorded?.Invoke(item);
        lock (_lock)
        {
            _items.Add(item);
            if (KeepLast is { } keep && _items.Count > 2 * keep)
            {
                _items.RemoveRange(0, _items.Count - keep);
            }

            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(item))
                {
                    done.Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }
        foreach (var tcs in done)
            tcs.TrySetResult(item);
    }

    /// <summary>Waits for the first item (already recorded or future) that matches; throws TimeoutException.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> predicate, TimeSpan? timeout = null)
    {
        TaskCompletionSource<T> tcs;
        lock (_lock)
        {
            foreach (var item in _items)
            {
                if (predicate(item))
                    return item;
            }
            tcs = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, tcs));
        }
        try
        {
            return await tcs.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            lock (_lock) _waiters.RemoveAll(w => w.Done == tcs);
            throw new TimeoutException($"Nothing matching arrived within {timeout ?? TimeSpan.FromSeconds(10)}; recorded {All.Count} items.");
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> items match.</summary>
    public async Task WaitForCountAsync(Func<T, bool> predicate, int count, TimeSpan? timeout = null)
    {
        var deadline = Task.Delay(timeout ?? TimeSpan.FromSeconds(10), TimeProvider.System);
        while (Count(predicate) < count)
        {
            var seen = Count(predicate);
            var next = WaitForAsync(x => predicate(x) && Count(predicate) > seen, timeout ?? TimeSpan.FromSeconds(10));
            if (await Task.WhenAny(next, deadline) == deadline)
                throw new TimeoutException($"Only {Count(predicate)} of {count} matching items arrived.");
        }
    }
}
