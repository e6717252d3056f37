using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RunWell.Discord.Json;

namespace RunWell.Discord.Rest;

/// <summary>
/// A request body, serialized once: JSON, or multipart with payload_json + files[n] when files are attached.
/// Each attempt gets a new <see cref="HttpContent"/> over the same bytes (content is consumed on send).
/// One object rather than a delegate and its closures per request.
/// </summary>
internal sealed class RestBody(byte[] json, IReadOnlyList<DiscordFile> files)
{
    public HttpContent CreateContent()
    {
        if (files.Count == 0)
        {
            var content = new ByteArrayContent(json);
            // Unparsed: the same bytes on the wire without building a MediaTypeHeaderValue per request.
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            return content;
        }
        var form = new MultipartFormDataContent();
        var payloadPart = new ByteArrayContent(json);
        payloadPart.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(payloadPart, "payload_json");
        for (var i = 0; i < files.Count; i++)
        {
            var part = new ReadOnlyMemoryContent(files[i].Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, $"files[{i}]", files[i].FileName);
        }
        return form;
    }
}

/// <summary>Builds request bodies and the callback payload.</summary>
internal static class MessageContent
{
    public static RestBody Json<T>(T value, JsonTypeInfo<T> type) => new(JsonSerializer.SerializeToUtf8Bytes(value, type), []);

    public static RestBody Message<T>(T payload, JsonTypeInfo<T> type, IReadOnlyList<DiscordFile> files) =>
        new(JsonSerializer.SerializeToUtf8Bytes(payload, type), files);

    /// <summary>
    /// ≤ 25 choices, names 1–100 (cut with an ellipsis), string values ≤ 100: a longer value is dropped,
    /// not cut, because a cut value would be a different value.
    /// </summary>
    private static List<ApplicationCommandChoice> Choices(IReadOnlyList<ApplicationCommandChoice> choices, ICollection<string> adjustments)
    {
        var result = new List<ApplicationCommandChoice>();
        foreach (var choice in choices)
        {
            if (result.Count == MaxChoices)
            {
                adjustments.Add($"autocomplete choices cut to {MaxChoices}");
                break;
            }
            if (choice.Value.ValueKind == JsonValueKind.String && choice.Value.GetString()!.Length > MaxChoiceLength)
            {
                adjustments.Add("autocomplete choice dropped (value over 100 characters)");
                continue;
            }
            if (string.IsNullOrEmpty(choice.Name))
            {
                adjustments.Add("autocomplete choice dropped (empty name)");
                continue;
            }
            result.Add(choice.Name.Length > MaxChoiceLength
                ? choice with { Name = MessageLimits.Cut(choice.Name, MaxChoiceLength - 1) + "…" }
                : choice);
        }
        return result;
    }

    private const int MaxChoices = 25;
    private const int MaxChoiceLength = 100;

    public static WireCallback Callback(InteractionResponse response, ICollection<string> adjustments) => response.Type switch
    {
        InteractionResponseType.Pong => new WireCallback(1, null),
        InteractionResponseType.DeferredUpdateMessage => new WireCallback(6, null),
        InteractionResponseType.AutocompleteResult => new WireCallback(8, new WireMessage { Choices = Choices(response.Choices, adjustments) }),
        InteractionResponseType.DeferredMessage => new WireCallback(5,
            response.Message?.Flags.HasFlag(DiscordMessageFlags.Ephemeral) == true ? new WireMessage { Flags = (int)DiscordMessageFlags.Ephemeral } : null),
        _ => new WireCallback((int)response.Type,
            MessageLimits.ToWire(response.Message ?? throw new ArgumentException("Message response without a message.", nameof(response)), MessageTarget.Interaction, adjustments)),
    };
}
