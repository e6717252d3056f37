namespace RunWell.Domain.Messaging;

/// <summary>
/// A platform-neutral message: what the bot says, whether in a reply, a DM or a scheduled post.
/// Adapters (Discord, console) render it; nothing here knows about either.
/// </summary>
public sealed record Message
{
    public Message(string text) => Text = text;

    public string Text { get; init; }

    public IReadOnlyList<Card> Cards { get; init; } = [];

    public IReadOnlyList<ActionButton> Buttons { get; init; } = [];

    public IReadOnlyList<FileAttachment> Files { get; init; } = [];

    /// <summary>
    /// Users this message may ping. Everything else (including @everyone typed by a member) is rendered
    /// but never notifies anyone.
    /// </summary>
    public IReadOnlyList<ulong> PingUserIds { get; init; } = [];
}

/// <summary>A titled block: an embed on Discord, a framed block in the console.</summary>
public sealed record Card(string Title, string Body)
{
    public IReadOnlyList<CardField> Fields { get; init; } = [];

    public string? Footer { get; init; }

    /// <summary>Name of a file in the message's <see cref="Message.Files"/> to show as the card image.</summary>
    public string? ImageFileName { get; init; }
}

public sealed record CardField(string Name, string Value, bool Inline = true);

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
