namespace RunWell.Domain.Buddies;

/// <summary>How often each pair of members shared a group in the recent weeks (a trio counts as three pairs).</summary>
internal sealed class RecentPairs
{
    private readonly Dictionary<(ulong, ulong), int> _counts = [];

    public static RecentPairs From(IEnumerable<IEnumerable<ulong>> groups)
    {
        var recent = new RecentPairs();
        foreach (var group in groups)
        {
            var ids = group.Distinct().ToArray();
            for (var a = 0; a < ids.Length; a++)
            {
                for (var b = a + 1; b < ids.Length; b++)
                {
                    var key = Key(ids[a], ids[b]);
                    recent._counts[key] = recent._counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return recent;
    }

    public int Count(ulong a, ulong b) => _counts.Count == 0 ? 0 : _counts.GetValueOrDefault(Key(a, b));

    private static (ulong, ulong) Key(ulong a, ulong b) => a < b ? (a, b) : (b, a);
}
