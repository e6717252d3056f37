using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunWell.FakeDiscord;

/// <summary>A guild scheduled event the fake holds, as the bot created it.</summary>
public sealed record FakeScheduledEvent(ulong Id, ulong GuildId, string Name, string? Description, string Location, DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// Guild scheduled events as Discord documents them (resources/guild-scheduled-event): name 1–100,
/// description ≤ 1000, privacy_level 2 (GUILD_ONLY) only, entity_type 1–3, and for EXTERNAL (3) an
/// entity_metadata.location of 1–100, a scheduled_end_time after the start and no channel_id;
/// at most 100 scheduled or active events per guild. A refused body is answered 50035 like Discord.
/// </summary>
public sealed class FakeScheduledEvents
{
    private readonly ConcurrentDictionary<ulong, FakeScheduledEvent> _events = new();

    /// <summary>Events that exist now (created and not deleted).</summary>
    public IReadOnlyList<FakeScheduledEvent> Current => [.. _events.Values.OrderBy(e => e.Id)];

    /// <summary>When true, the bot lacks Create Events: POST answers 403 / 50013 like Discord.</summary>
    public bool MissingPermission { get; set; }

    internal (int, JsonNode?) Create(string guild, JsonElement? body, Func<string> newId)
    {
        if (MissingPermission)
            return (403, Error(50013, "Missing Permissions"));
        if (body is not { ValueKind: JsonValueKind.Object } json)
            return Invalid("body", "a JSON object is required");

        var name = Str(json, "name");
        if (name is null || name.Length is < 1 or > 100)
            return Invalid("name", "must be 1 to 100 characters");
        var description = Str(json, "description");
        if (description is { Length: > 1000 })
            return Invalid("description", "must be at most 1000 characters");
        if (!json.TryGetProperty("privacy_level", out var privacy) || privacy.ValueKind != JsonValueKind.Number || privacy.GetInt32() != 2)
            return Invalid("privacy_level", "must be 2 (GUILD_ONLY)");
        if (!json.TryGetProperty("entity_type", out var type) || type.ValueKind != JsonValueKind.Number || type.GetInt32() is < 1 or > 3)
            return Invalid("entity_type", "must be 1, 2 or 3");
        if (!TryTime(json, "scheduled_start_time", out var start))
            return Invalid("scheduled_start_time", "must be an ISO8601 timestamp");

        string? location = null;
        DateTimeOffset end = default;
        if (type.GetInt32() == 3)
        {
            if (json.TryGetProperty("channel_id", out var channel) && channel.ValueKind != JsonValueKind.Null)
                return Invalid("channel_id", "must be null for EXTERNAL events");
            location = json.TryGetProperty("entity_metadata", out var meta) && meta.ValueKind == JsonValueKind.Object ? Str(meta, "location") : null;
            if (location is null || location.Length is < 1 or > 100)
                return Invalid("entity_metadata.location", "is required for EXTERNAL events, 1 to 100 characters");
            if (!TryTime(json, "scheduled_end_time", out end))
                return Invalid("scheduled_end_time", "is required for EXTERNAL events");
            if (end <= start)
                return Invalid("scheduled_end_time", "must be after scheduled_start_time");
        }

        var guildId = ulong.Parse(guild, CultureInfo.InvariantCulture);
        if (_events.Values.Count(e => e.GuildId == guildId) >= 100)
            return (400, Error(30038, "Maximum number of uncompleted guild scheduled events reached (100)"));

        var id = ulong.Parse(newId(), CultureInfo.InvariantCulture);
        _events[id] = new FakeScheduledEvent(id, guildId, name, description, location ?? "", start, end);
        return (200, new JsonObject
        {
            ["id"] = id.ToString(CultureInfo.InvariantCulture), ["guild_id"] = guild, ["name"] = name, ["description"] = description,
            ["scheduled_start_time"] = start.ToString("O", CultureInfo.InvariantCulture), ["privacy_level"] = 2, ["status"] = 1,
            ["entity_type"] = type.GetInt32(), ["entity_metadata"] = new JsonObject { ["location"] = location },
        });
    }

    internal (int, JsonNode?) Delete(string eventId) =>
        ulong.TryParse(eventId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && _events.TryRemove(id, out _)
            ? (204, null)
            : (404, Error(10070, "Unknown Guild Scheduled Event"));

    private static (int, JsonNode?) Invalid(string field, string why) =>
        (400, new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = new JsonObject { [field] = why } });

    private static JsonObject Error(int code, string message) => new() { ["code"] = code, ["message"] = message };

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool TryTime(JsonElement e, string name, out DateTimeOffset value)
    {
        value = default;
        return Str(e, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }
}
