using System.Text.Json;

namespace RunWell.Discord.Commands;

/// <summary>
/// Whether the commands Discord holds already say what we would PUT. Discord adds fields of its own
/// (id, version, application_id, defaults), so every field we send must be there with the same value,
/// and the commands and options must be the same ones in the same order; extra fields are ignored.
/// </summary>
internal static class CommandComparer
{
    public static bool Matches(JsonElement desired, JsonElement held)
    {
        if (desired.ValueKind != JsonValueKind.Array || held.ValueKind != JsonValueKind.Array
            || desired.GetArrayLength() != held.GetArrayLength())
            return false;
        foreach (var command in desired.EnumerateArray())
        {
            var name = command.GetProperty("name").GetString();
            var type = TypeOf(command);
            var match = held.EnumerateArray().FirstOrDefault(h =>
                h.TryGetProperty("name", out var n) && n.GetString() == name && TypeOf(h) == type);
            if (match.ValueKind != JsonValueKind.Object || !Covers(command, match))
                return false;
        }
        return true;
    }

    private static int TypeOf(JsonElement command) =>
        command.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 1;

    private static bool Covers(JsonElement want, JsonElement have)
    {
        switch (want.ValueKind)
        {
            case JsonValueKind.Object:
                if (have.ValueKind != JsonValueKind.Object)
                    return false;
                foreach (var property in want.EnumerateObject())
                {
                    if (!have.TryGetProperty(property.Name, out var value))
                    {
                        if (!IsDefault(property.Value))
                            return false;
                        continue;
                    }
                    if (!Covers(property.Value, value))
                        return false;
                }
                return true;
            case JsonValueKind.Array:
                if (have.ValueKind != JsonValueKind.Array || want.GetArrayLength() != have.GetArrayLength())
                    return false;
                return want.EnumerateArray().Zip(have.EnumerateArray()).All(p => Covers(p.First, p.Second));
            case JsonValueKind.Number:
                return have.ValueKind == JsonValueKind.Number && want.GetDouble() == have.GetDouble();
            case JsonValueKind.Null:
                return have.ValueKind == JsonValueKind.Null;
            default:
                return want.ValueKind == have.ValueKind && want.GetRawText() == have.GetRawText();
        }
    }

    /// <summary>Discord leaves out what equals its default.</summary>
    private static bool IsDefault(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.False or JsonValueKind.Null => true,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };
}
