using System.Text.Json.Serialization;

namespace RunWell.Domain.Messaging;

/// <summary>
/// A platform-neutral message: what the bot says, whether in a reply, a DM or a scheduled post.
/// Adapters (Discord, console) render it; nothing here knows about either, nor about any limit of theirs.
/// </summary>
public sealed record Message
{
    public Message(RichText text) => Text = text;

    public RichText Text { get; init; }

    public IReadOnlyList<Card> Cards { get; init; } = [];

    public IReadOnlyList<ActionButton> Buttons { get; init; } = [];

    public IReadOnlyList<FileAttachment> Files { get; init; } = [];

    /// <summary>
    /// Users this message may notify: the <see cref="UserPart"/>s marked to ping. Everything else
    /// (including @everyone typed by a member) is rendered but never notifies anyone.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<ulong> Pings
    {
        get
        {
            // Loops, not a LINQ chain: read for every reply, and nearly always nobody is pinged.
            List<ulong>? pings = null;
            Collect(Text, ref pings);
            foreach (var card in Cards)
            {
                Collect(card.Body, ref pings);
                foreach (var cardField in card.Fields)
                {
                    Collect(cardField.Value, ref pings);
                }
            }

            return pings is null ? [] : pings;
        }
    }

    /// <summary>Each pinged member once, in order of first mention.</summary>
    private static void Collect(RichText text, ref List<ulong>? pings)
    {
        for (var i = 0; i < text.Parts.Count; i++)
        {
            if (text.Parts[i] is UserPart { Ping: true } user && !(pings ??= []).Contains(user.UserId))
            {
                pings.Add(user.UserId);
            }
        }
    }

    /// <summary>The same message with nobody notified (an admin's preview of a post).</summary>
    public Message WithoutPings() => this with
    {
        Text = Text.WithoutPings(),
        Cards = [.. Cards.Select(c => c with { Body = c.Body.WithoutPings(), Fields = [.. c.Fields.Select(f => f with { Value = f.Value.WithoutPings() })] })],
    };
}

/// <summary>A titled block: an embed on Discord, a framed block in the console.</summary>
public sealed record Card(string Title, RichText Body)
{
    public IReadOnlyList<CardField> Fields { get; init; } = [];

    public string? Footer { get; init; }

    /// <summary>Name of a file in the message's <see cref="Message.Files"/> to show as the card image.</summary>
    public string? ImageFileName { get; init; }
}

public sealed record CardField(string Name, RichText Value, bool Inline = true);

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
}

/// <summary>A button; <see cref="Id"/> routes the press back to a handler ("prefix:args").</summary>
public sealed record ActionButton(string Id, string Label, ButtonStyle Style = ButtonStyle.Secondary);

public sealed record FileAttachment(string FileName, byte[] Content, string? Description = null);
