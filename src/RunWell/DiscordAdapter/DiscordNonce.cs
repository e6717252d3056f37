using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RunWell.DiscordAdapter;

/// <summary>
/// A delivery key in Discord's form: a nonce of at most 25 characters, sent with enforce_nonce so Discord
/// drops a repeat for a few minutes. A key that already fits is sent as it is (a message queued before the
/// keys left the domain keeps the nonce it was first tried with); a longer one is hashed down to 25 hex
/// digits. Each later piece of a post split over several messages gets its own nonce, the same every time.
/// </summary>
internal static class DiscordNonce
{
    public const int MaxLength = 25;

    /// <summary>How long Discord is trusted to drop a repeated nonce ("the past few minutes"): the client's NonceWindow.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(2);

    public static string For(string deliveryKey, int piece = 0)
    {
        if (piece == 0 && deliveryKey.Length is > 0 and <= MaxLength)
        {
            return deliveryKey;
        }

        var text = piece == 0 ? deliveryKey : string.Create(CultureInfo.InvariantCulture, $"{deliveryKey}#{piece}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..MaxLength];
    }
}
