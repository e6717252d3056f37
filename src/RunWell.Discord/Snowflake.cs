using System.Globalization;
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
            ? TryParse(v.GetString())
            : null;
}
