using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RunWell.Domain.Posts;

/// <summary>
/// Delivery keys: the same message of the same post always gets the same key, so when a send is retried
/// after a crash (or by a second node) the platform can recognise the repeat and drop it. A key is opaque
/// here: each messenger turns it into whatever its platform uses to spot repeats.
/// </summary>
public static class DeliveryKeys
{
    /// <summary>24 hex digits of a hash: short enough to index, far too many for two posts to share one.</summary>
    public const int Length = 24;

    public static string For(ulong guildId, PostKind kind, string periodKey, int index)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{guildId}:{(int)kind}:{periodKey}:{index}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..Length];
    }

    /// <summary>The key of the channel fallback of a DM: a different message, so a different key.</summary>
    public static string Fallback(string key) => key[..Math.Min(key.Length, Length)] + "f";
}
