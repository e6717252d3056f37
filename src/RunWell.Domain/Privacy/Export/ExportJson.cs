using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunWell.Domain.Privacy.Export;

/// <summary>The one serializer setting of the export, so the documented shape cannot drift per call site.</summary>
public static class ExportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },

        // Members' notes are theirs to read as written: keep accents and emoji unescaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(ExportDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);
}
