using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunWell.Domain.Messaging;

/// <summary>A run of typed <see cref="MessagePart"/>s: what a message, a card body or a field says.</summary>
[JsonConverter(typeof(RichTextJsonConverter))]
public sealed class RichText : IEquatable<RichText>
{
    public static readonly RichText Empty = new([]);

    public RichText(IReadOnlyList<MessagePart> parts) => Parts = parts;

    public IReadOnlyList<MessagePart> Parts { get; }

    public bool IsEmpty => Parts.All(p => p is TextPart { Text.Length: 0 });

    /// <summary>Members this text may notify.</summary>
    public IEnumerable<ulong> Pings => Parts.OfType<UserPart>().Where(u => u.Ping).Select(u => u.UserId);

    /// <summary>
    /// A platform-free reading for logs and tests: names as "@id", channels as "#id", times as UTC ISO
    /// instants, emphasis and commands as their words.
    /// </summary>
    public string Plain
    {
        get
        {
            var text = new StringBuilder();
            foreach (var part in Parts)
            {
                text.Append(part switch
                {
                    TextPart t => t.Text,
                    EmphasisPart e => e.Text,
                    CommandPart c => c.Command,
                    UserPart u => "@" + u.UserId.ToString(CultureInfo.InvariantCulture),
                    ChannelPart c => "#" + c.ChannelId.ToString(CultureInfo.InvariantCulture),
                    TimestampPart t => t.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture),
                    LinkPart l => l.Label,
                    _ => "",
                });
            }

            return text.ToString();
        }
    }

    public static implicit operator RichText(string text) => new([new TextPart(text)]);

    public static RichText Of(params MessagePart[] parts) => new(parts);

    public static RichText operator +(RichText left, RichText right) => new([.. left.Parts, .. right.Parts]);

    public static RichText Join(string separator, IEnumerable<RichText> lines)
    {
        var parts = new List<MessagePart>();
        foreach (var line in lines)
        {
            if (parts.Count > 0)
            {
                parts.Add(new TextPart(separator));
            }

            parts.AddRange(line.Parts);
        }

        return new RichText(parts);
    }

    /// <summary>The same words with nobody notified (e.g. an admin's preview of a post).</summary>
    public RichText WithoutPings() => new([.. Parts.Select(p => p is UserPart u ? u with { Ping = false } : p)]);

    public override string ToString() => Plain;

    public bool Equals(RichText? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override bool Equals(object? obj) => Equals(obj as RichText);

    public override int GetHashCode() => Parts.Count;
}

/// <summary>Stores rich text as its list of parts; a plain string (an outbox row from before parts) reads as one text part.</summary>
internal sealed class RichTextJsonConverter : JsonConverter<RichText>
{
    public override RichText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString() ?? ""
            : new RichText(JsonSerializer.Deserialize<List<MessagePart>>(ref reader, options) ?? []);

    public override void Write(Utf8JsonWriter writer, RichText value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Parts, options);
}
