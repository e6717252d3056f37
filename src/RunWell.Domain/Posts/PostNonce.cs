using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RunWell.Domain.Posts;

/// <summary>
/// Deterministic nonces: the same message of the same post always carries the same nonce, so a send
/// retried after a crash (or by a second node) is dropped by Discord's <c>enforce_nonce</c>.
/// Discord allows at most 25 characters; ours are 24 hex digits, leaving one for the fallback marker.
/// </summary>
public static class PostNonce
{
    public const int Length = 24;

    public static string For(ulong guildId, PostKind kind, string periodKey, int index)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{guildId}:{(int)kind}:{periodKey}:{index}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..Length];
    }

    /// <summary>The nonce of the channel fallback of a DM: a different message, so a different nonce.</summary>
    public static string Fallback(string nonce) => nonce[..Math.Min(nonce.Length, Length)] + "f";
}
