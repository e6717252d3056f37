using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunWell.Discord.Json;

// Wire shapes of what the bot sends and the few REST answers it reads. Snowflakes are strings on the
// wire (they exceed 2^53), so they are strings here and parsed with ulong.Parse at the edge.

internal sealed record WireMessage
{
    public string? Content { get; init; }
    public List<WireEmbed>? Embeds { get; init; }
    public List<WireActionRow>? Components { get; init; }
    public int? Flags { get; init; }
    public WireAllowedMentions? AllowedMentions { get; init; }
    public List<WireAttachment>? Attachments { get; init; }
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }
    /// <summary>Only for autocomplete callbacks, which share the callback envelope.</summary>
    public List<ApplicationCommandChoice>? Choices { get; init; }
}

internal sealed record WireAllowedMentions(IReadOnlyList<string> Parse, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Users);

internal sealed record WireAttachment(int Id, string Filename, string? Description);

internal sealed record WireEmbed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public List<WireEmbedField>? Fields { get; init; }
    public WireEmbedFooter? Footer { get; init; }
    public int? Color { get; init; }
    public WireEmbedImage? Image { get; init; }
}

internal sealed record WireEmbedField(string Name, string Value, bool Inline);

internal sealed record WireEmbedFooter(string Text);

internal sealed record WireEmbedImage(string Url);

internal sealed record WireActionRow(int Type, List<WireButton> Components);

internal sealed record WireButton
{
    public int Type { get; init; } = 2;
    public int Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }
}

internal sealed record WireCallback(int Type, WireMessage? Data);

internal sealed record WireDmRequest(string RecipientId);

internal sealed record WireModalCallback(int Type, WireModal Data);

internal sealed record WireModal(string CustomId, string Title, List<WireModalRow> Components);

internal sealed record WireModalRow(int Type, List<WireTextInput> Components);

internal sealed record WireTextInput
{
    public int Type { get; init; } = 4;
    public required string CustomId { get; init; }
    public int Style { get; init; } = 1;
    public required string Label { get; init; }
    public int MaxLength { get; init; }
    public bool Required { get; init; }
    public string? Placeholder { get; init; }
}

internal sealed record WireScheduledEventCreate(
    string Name,
    int PrivacyLevel,
    string ScheduledStartTime,
    string ScheduledEndTime,
    string? Description,
    int EntityType,
    WireEntityMetadata EntityMetadata);

internal sealed record WireEntityMetadata(string Location);

internal sealed record WireIdObject(string Id);

internal sealed record WireSessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

internal sealed record WireGatewayBot(string Url, int Shards, WireSessionStartLimit? SessionStartLimit);

internal sealed record WireError
{
    public int? Code { get; init; }
    public string? Message { get; init; }
    public double? RetryAfter { get; init; }
    public bool? Global { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WireMessage))]
[JsonSerializable(typeof(WireCallback))]
[JsonSerializable(typeof(WireDmRequest))]
[JsonSerializable(typeof(WireModalCallback))]
[JsonSerializable(typeof(WireScheduledEventCreate))]
[JsonSerializable(typeof(WireIdObject))]
[JsonSerializable(typeof(WireGatewayBot))]
[JsonSerializable(typeof(WireError))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
