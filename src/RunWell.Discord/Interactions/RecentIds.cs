namespace RunWell.Discord.Interactions;

/// <summary>Bounded set of recently seen ids: replays after a resume must not be handled twice.</summary>
internal sealed class RecentIds(int capacity = 2048)
{
    private readonly HashSet<ulong> _set = [];
    private readonly Queue<ulong> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool TryAdd(ulong id)
    {
        lock (_lock)
        {
            if (!_set.Add(id))
                return false;
            _order.Enqueue(id);
            if (_order.Count > capacity)
                _set.Remove(_order.Dequeue());
            return true;
        }
    }
}
