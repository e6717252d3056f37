using RunWell.Discord.Json;

namespace RunWell.Discord.Rest;

/// <summary>Where a message is going: the allowed flags and fields differ.</summary>
internal enum MessageTarget
{
    Channel,
    Interaction,
}

/// <summary>
/// Turns a <see cref="DiscordMessage"/> into a wire body that Discord will accept. Text that is too
/// long is trimmed with an ellipsis (one message in, one message out, so a returned message id and an
/// interaction reply stay meaningful); structural mistakes that cannot be repaired without changing
/// behaviour (bad custom_id, too many buttons, empty message) throw instead of being sent.
/// </summary>
internal static class MessageLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int EmbedTotal = 6000;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomId = 100;
    public const int Label = 80;
    public const int Nonce = 25;
    public const int MentionUsers = 100;

    private const string Ellipsis = "…";

    public static WireMessage ToWire(DiscordMessage message, MessageTarget target, ICollection<string> adjustments)
    {
        var content = Trim(message.Content, Content, "content", adjustments);
        // Most answers are text alone: no lists are built for embeds or rows they do not have.
        var embeds = message.Embeds.Count == 0 ? null : EmbedBudget.Apply(message.Embeds, adjustments);
        var rows = message.Components.Count == 0 ? null : Components(message.Components, adjustments);
        if (string.IsNullOrWhiteSpace(content) && embeds is null or [] && message.Files.Count == 0 && rows is null or [])
            throw new ArgumentException("A Discord message needs content, an embed, a file or a component.", nameof(message));

        var flags = message.Flags;
        if (target == MessageTarget.Channel && flags.HasFlag(DiscordMessageFlags.Ephemeral))
        {
            // Only interaction replies can be ephemeral; Discord rejects the flag on channel posts.
            flags &= ~DiscordMessageFlags.Ephemeral;
            adjustments.Add("ephemeral flag dropped on a channel message");
        }

        if (message.Nonce is { Length: > Nonce })
            throw new ArgumentException($"Nonce must be at most {Nonce} characters.", nameof(message));

        return new WireMessage
        {
            Content = content,
            Embeds = embeds is { Count: > 0 } ? embeds : null,
            Components = rows is { Count: > 0 } ? rows : null,
            Flags = flags == DiscordMessageFlags.None ? null : (int)flags,
            AllowedMentions = Mentions(message.AllowedMentions),
            Attachments = message.Files.Count > 0
                ? message.Files.Select((f, i) => new WireAttachment(i, f.FileName, f.Description)).ToList()
                : null,
            Nonce = target == MessageTarget.Channel ? message.Nonce : null,
            EnforceNonce = target == MessageTarget.Channel && message.Nonce is not null ? true : null,
        };
    }

    /// <summary>Immutable, so every message that pings nobody (nearly all) shares it.</summary>
    private static readonly WireAllowedMentions Nobody = new([], null);

    /// <summary>allowed_mentions is always explicit: nobody is pinged unless the message names users.</summary>
    internal static WireAllowedMentions Mentions(DiscordAllowedMentions? mentions)
    {
        if (mentions is null || (mentions.Users.Count == 0 && mentions.Parse.Count == 0))
            return Nobody;
        var users = mentions.Users.Take(MentionUsers).Select(u => u.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // Discord refuses "users" in parse together with an explicit users list.
        var parse = users.Count > 0 ? mentions.Parse.Where(p => p != "users").ToList() : mentions.Parse.ToList();
        return new WireAllowedMentions(parse, users.Count > 0 ? users : null);
    }

    internal static string? Trim(string? text, int max, string what, ICollection<string> adjustments)
    {
        if (text is null || text.Length <= max)
            return text;
        adjustments.Add($"{what} trimmed from {text.Length} to {max} characters");
        return Cut(text, max - Ellipsis.Length) + Ellipsis;
    }

    /// <summary>Cuts without splitting a surrogate pair.</summary>
    internal static string Cut(string text, int length)
    {
        if (length <= 0)
            return "";
        if (text.Length <= length)
            return text;
        if (char.IsHighSurrogate(text[length - 1]))
            length--;
        return text[..length];
    }

    private static List<WireActionRow> Components(IReadOnlyList<DiscordActionRow> rows, ICollection<string> adjustments)
    {
        if (rows.Count > ActionRows)
            throw new ArgumentException($"A message may have at most {ActionRows} action rows (got {rows.Count}).", nameof(rows));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<WireActionRow>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Buttons.Count is 0 or > ButtonsPerRow)
                throw new ArgumentException($"An action row holds 1–{ButtonsPerRow} buttons (got {row.Buttons.Count}).", nameof(rows));
            result.Add(new WireActionRow(1, row.Buttons.Select(b => Button(b, seen, adjustments)).ToList()));
        }
        return result;
    }

    private static WireButton Button(DiscordButton button, HashSet<string> seen, ICollection<string> adjustments)
    {
        if (string.IsNullOrEmpty(button.Label))
            throw new ArgumentException("Every button needs a label.", nameof(button));
        if (button.Style == DiscordButtonStyle.Link)
        {
            if (button.Url is null || button.CustomId is not null)
                throw new ArgumentException("A link button needs a URL and no custom_id.", nameof(button));
        }
        else
        {
            if (button.CustomId is not { Length: >= 1 and <= CustomId })
                throw new ArgumentException($"custom_id must be 1–{CustomId} characters (button '{button.Label}').", nameof(button));
            if (!seen.Add(button.CustomId))
                throw new ArgumentException($"custom_id '{button.CustomId}' is used twice in one message.", nameof(button));
        }
        return new WireButton
        {
            Style = (int)button.Style,
            Label = Trim(button.Label, Label, "button label", adjustments),
            CustomId = button.CustomId,
            Url = button.Url?.AbsoluteUri,
            Disabled = button.Disabled ? true : null,
        };
    }
}
