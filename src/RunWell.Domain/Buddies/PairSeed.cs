using System.Text;

namespace RunWell.Domain.Buddies;

/// <summary>
/// A stable seed per (server, week), so the same week always pairs the same way (a re-run or a preview
/// shows what was posted) while consecutive weeks shuffle differently. string.GetHashCode is randomised
/// per process, hence a hand-rolled FNV-1a.
/// </summary>
public static class PairSeed
{
    public static ulong For(ulong guildId, string weekKey)
    {
        var hash = 14_695_981_039_346_656_037UL;
        foreach (var b in Encoding.UTF8.GetBytes(weekKey))
        {
            hash = (hash ^ b) * 1_099_511_628_211UL;
        }

        return SplitMix.Mix(hash ^ guildId);
    }
}

/// <summary>SplitMix64: tiny, fast and identical on every runtime (System.Random's algorithm is not a contract).</summary>
internal struct SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
