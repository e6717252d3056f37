using System.Buffers.Text;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace RunWell.Discord;

/// <summary>
/// Snowflake helpers in one place: ids are decimal strings on the wire (they exceed 2^53), and each
/// carries its creation time, which is how a replayed interaction is known to be too old to answer.
/// </summary>
public static class Snowflake
{
    /// <summary>Discord's epoch (2015-01-01T00:00:00Z) in Unix milliseconds.</summary>
    public const long DiscordEpochMs = 1420070400000;

    /// <summary>When the object with this id was created (millisecond precision).</summary>
    public static DateTimeOffset CreatedAt(ulong id) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(id >> 22) + DiscordEpochMs);

    /// <summary>The smallest id created at <paramref name="at"/>, plus a low 22-bit part (worker, process, increment).</summary>
    public static ulong At(DateTimeOffset at, ulong low = 0) =>
        ((ulong)(at.ToUnixTimeMilliseconds() - DiscordEpochMs) << 22) | (low & 0x3FFFFF);

    /// <summary>The wire form.</summary>
    public static string Str(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses the wire form; throws <see cref="FormatException"/> on anything else.</summary>
    public static ulong Parse(string id) => ulong.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Parses the wire form, or null.</summary>
    public static ulong? TryParse(string? id) =>
        ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A string property holding a snowflake (or a permission bitfield), or null if absent or malformed.</summary>
    internal static ulong? Read(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? Read(v)
            : null;

    /// <summary>
    /// Parses the digits in place: an interaction carries about eight ids, and making a string of each only
    /// to parse it was a good part of what reading one cost. Anything but plain digits (an escape, a sign)
    /// takes the string path, which accepts exactly what <see cref="TryParse"/> accepts.
    /// </summary>
    private static ulong? Read(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length > 2 && raw[0] == (byte)'"' && raw[^1] == (byte)'"')
        {
            var digits = raw[1..^1];
            if (char.IsAsciiDigit((char)digits[0]) && Utf8Parser.TryParse(digits, out ulong id, out var consumed) && consumed == digits.Length)
                return id;
        }
        return TryParse(value.GetString());
    }
}
