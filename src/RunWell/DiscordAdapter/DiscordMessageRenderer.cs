using System.Globalization;
using System.Text;
using RunWell.Discord;
using RunWell.Domain.Messaging;

namespace RunWell.DiscordAdapter;

/// <summary>
/// A platform-neutral message as Discord messages: typed parts become Discord markup, the members a
/// message may notify become its allowed_mentions (nobody else, ever), cards become embeds and
/// buttons rows of five. A post longer than one Discord message is split at line breaks; each part
/// pings only the members it names and carries its own nonce (<see cref="DiscordNonce"/>).
/// </summary>
internal static class DiscordMessageRenderer
{
    /// <summary>Discord's limit for a message's content.</summary>
    public const int ContentLimit = 2000;

    private const int Calm = 0x4E9F8D;

    /// <summary>One Discord message (an interaction reply: short by design; the client trims the rare overflow).</summary>
    public static DiscordMessage Render(Message message, bool ephemeral = false, string? nonce = null) =>
        Build(Markup(message.Text), message.Pings, message, ephemeral, nonce);

    /// <summary>A channel post or DM: as many messages as the content needs, the cards, files and buttons on the last.</summary>
    public static IReadOnlyList<DiscordMessage> RenderPost(Message message, string deliveryKey)
    {
        var chunks = Chunks(message.Text);
        if (chunks.Count <= 1)
        {
            return [Render(message, nonce: DiscordNonce.For(deliveryKey))];
        }

        var empty = message with { Cards = [], Buttons = [], Files = [] };
        return [.. chunks.Select((chunk, i) => Build(
            Markup(chunk),
            [.. chunk.Pings.Distinct()],
            i == chunks.Count - 1 ? message : empty,
            ephemeral: false,
            DiscordNonce.For(deliveryKey, i)))];
    }

    /// <summary>Discord markup for typed parts.</summary>
    public static string Markup(RichText text)
    {
        if (text.Parts is [TextPart only])
        {
            return only.Text;
        }

        // One builder per thread, reused (this never awaits): a fresh one grew and copied its buffer
        // several times for every reply.
        var markup = t_builder ??= new StringBuilder(256);
        markup.Clear();
        foreach (var part in text.Parts)
        {
            switch (part)
            {
                case TextPart t:
                    markup.Append(t.Text);
                    break;
                case EmphasisPart { Kind: Emphasis.Strong } e:
                    markup.Append("**").Append(e.Text).Append("**");
                    break;
                case EmphasisPart e:
                    markup.Append('_').Append(e.Text).Append('_');
                    break;
                case CommandPart c:
                    markup.Append('`').Append(c.Command).Append('`');
                    break;
                case UserPart u:
                    markup.Append(CultureInfo.InvariantCulture, $"<@{u.UserId}>");
                    break;
                case ChannelPart c:
                    markup.Append(CultureInfo.InvariantCulture, $"<#{c.ChannelId}>");
                    break;
                case TimestampPart t:
                    markup.Append(CultureInfo.InvariantCulture, $"<t:{t.At.ToUnixTimeSeconds()}:{Style(t.Style)}>");
                    break;
                case LinkPart l:
                    markup.Append(CultureInfo.InvariantCulture, $"[{l.Label}]({l.Url})");
                    break;
            }
        }

        var result = markup.ToString();
        if (markup.Capacity > MaxKeptCapacity)
        {
            t_builder = null; // a huge post: do not keep its buffer for the life of the thread
        }

        return result;
    }

    private const int MaxKeptCapacity = 8 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>Discord's timestamp styles: F (long date and time), f (date and time), D (long date).</summary>
    private static char Style(TimestampStyle style) => style switch
    {
        TimestampStyle.DateTime => 'F',
        TimestampStyle.Date => 'D',
        _ => 'f',
    };

    private static DiscordMessage Build(string content, IReadOnlyList<ulong> pings, Message message, bool ephemeral, string? nonce) => new()
    {
        Content = content.Length == 0 ? null : content,
        Embeds = [.. message.Cards.Select(ToEmbed)],
        Components = [.. message.Buttons.Chunk(5).Select(row => new DiscordActionRow([.. row.Select(ToButton)]))],
        Files = [.. message.Files.Select(f => new DiscordFile(f.FileName, f.Content, f.Description))],
        Flags = ephemeral ? DiscordMessageFlags.Ephemeral : DiscordMessageFlags.None,

        // Only the users a message is about may be pinged; text members wrote can never ping anyone.
        AllowedMentions = pings.Count == 0 ? DiscordAllowedMentions.None : DiscordAllowedMentions.ForUsers([.. pings]),
        Nonce = nonce,
    };

    /// <summary>Whole lines, packed into as few pieces under the content limit as they fit in.</summary>
    private static List<RichText> Chunks(RichText text)
    {
        var chunks = new List<RichText>();
        var current = new List<MessagePart>();
        var length = 0;
        foreach (var line in Lines(text))
        {
            var lineLength = Markup(line).Length + (current.Count > 0 ? 1 : 0);
            if (current.Count > 0 && length + lineLength > ContentLimit)
            {
                chunks.Add(new RichText(current));
                current = [];
                length = 0;
                lineLength--;
            }

            if (current.Count > 0)
            {
                current.Add(new TextPart("\n"));
            }

            current.AddRange(line.Parts);
            length += lineLength;
        }

        chunks.Add(new RichText(current));
        return chunks;
    }

    private static IEnumerable<RichText> Lines(RichText text)
    {
        var line = new List<MessagePart>();
        foreach (var part in text.Parts)
        {
            if (part is not TextPart t || !t.Text.Contains('\n', StringComparison.Ordinal))
            {
                line.Add(part);
                continue;
            }

            var pieces = t.Text.Split('\n');
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    yield return new RichText(line);
                    line = [];
                }

                if (pieces[i].Length > 0)
                {
                    line.Add(new TextPart(pieces[i]));
                }
            }
        }

        yield return new RichText(line);
    }

    private static DiscordEmbed ToEmbed(Card card) => new()
    {
        Title = card.Title,
        Description = card.Body.IsEmpty ? null : Markup(card.Body),
        Fields = [.. card.Fields.Select(f => new DiscordEmbedField(f.Name, Markup(f.Value), f.Inline))],
        Footer = card.Footer,
        Color = Calm,
        ImageUrl = card.ImageFileName is null ? null : new Uri("attachment://" + card.ImageFileName),
    };

    private static DiscordButton ToButton(ActionButton button) => new()
    {
        CustomId = button.Id,
        Label = button.Label,
        Style = button.Style switch
        {
            ButtonStyle.Primary => DiscordButtonStyle.Primary,
            ButtonStyle.Success => DiscordButtonStyle.Success,
            ButtonStyle.Danger => DiscordButtonStyle.Danger,
            _ => DiscordButtonStyle.Secondary,
        },
    };
}
