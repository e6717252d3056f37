namespace RunWell.Discord;

/// <summary>Message flags the bot may set.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Mirrors the message 'flags' field it maps to.")]
public enum DiscordMessageFlags
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>Do not render link embeds.</summary>
    SuppressEmbeds = 1 << 2,
    /// <summary>Only the invoking user sees the reply (interaction responses only).</summary>
    Ephemeral = 1 << 6,
    /// <summary>Deliver without a push notification.</summary>
    SuppressNotifications = 1 << 12,
}

/// <summary>
/// A message to send. Every outbound message goes through one sender that fills
/// <c>allowed_mentions</c> and enforces Discord's limits (see README of RunWell.Discord).
/// </summary>
public sealed record DiscordMessage
{
    /// <summary>Text, ≤ 2000 characters (longer text is trimmed with an ellipsis).</summary>
    public string? Content { get; init; }
    /// <summary>Up to 10 embeds.</summary>
    public IReadOnlyList<DiscordEmbed> Embeds { get; init; } = [];
    /// <summary>Up to 5 action rows of up to 5 buttons.</summary>
    public IReadOnlyList<DiscordActionRow> Components { get; init; } = [];
    /// <summary>Files to upload (sent as multipart/form-data).</summary>
    public IReadOnlyList<DiscordFile> Files { get; init; } = [];
    /// <summary>Message flags.</summary>
    public DiscordMessageFlags Flags { get; init; }
    /// <summary>Who may be pinged. Null means nobody (<c>{"parse":[]}</c>).</summary>
    public DiscordAllowedMentions? AllowedMentions { get; init; }
    /// <summary>Idempotency key (≤ 25 chars) for scheduled posts; sent with <c>enforce_nonce</c>.</summary>
    public string? Nonce { get; init; }

    /// <summary>A plain text message.</summary>
    public static DiscordMessage Text(string content) => new() { Content = content };
}

/// <summary>Explicit mention rules; the default is that nobody is pinged.</summary>
/// <param name="Parse">Mention types to parse from the text: "users", "roles", "everyone".</param>
/// <param name="Users">Specific users that may be pinged (≤ 100).</param>
public sealed record DiscordAllowedMentions(IReadOnlyList<string> Parse, IReadOnlyList<ulong> Users)
{
    /// <summary>Ping nobody.</summary>
    public static DiscordAllowedMentions None { get; } = new([], []);

    /// <summary>Ping exactly these users.</summary>
    public static DiscordAllowedMentions ForUsers(params ulong[] users) => new([], users);
}

/// <summary>An embed card.</summary>
public sealed record DiscordEmbed
{
    /// <summary>Title, ≤ 256.</summary>
    public string? Title { get; init; }
    /// <summary>Description, ≤ 4096.</summary>
    public string? Description { get; init; }
    /// <summary>Up to 25 fields.</summary>
    public IReadOnlyList<DiscordEmbedField> Fields { get; init; } = [];
    /// <summary>Footer text, ≤ 2048.</summary>
    public string? Footer { get; init; }
    /// <summary>Colour as 0xRRGGBB.</summary>
    public int? Color { get; init; }
    /// <summary>Image URL; <c>attachment://name.png</c> refers to an uploaded file.</summary>
    public Uri? ImageUrl { get; init; }
}

/// <summary>An embed field (name ≤ 256, value ≤ 1024).</summary>
public sealed record DiscordEmbedField(string Name, string Value, bool Inline = false);

/// <summary>A row of up to five buttons.</summary>
public sealed record DiscordActionRow(IReadOnlyList<DiscordButton> Buttons);

/// <summary>Button styles.</summary>
public enum DiscordButtonStyle
{
    /// <summary>Blurple.</summary>
    Primary = 1,
    /// <summary>Grey.</summary>
    Secondary = 2,
    /// <summary>Green.</summary>
    Success = 3,
    /// <summary>Red.</summary>
    Danger = 4,
    /// <summary>Opens <see cref="DiscordButton.Url"/>; sends no interaction.</summary>
    Link = 5,
}

/// <summary>A button. Non-link buttons need a <see cref="CustomId"/> of 1–100 chars, unique in the message.</summary>
public sealed record DiscordButton
{
    /// <summary>Style.</summary>
    public DiscordButtonStyle Style { get; init; } = DiscordButtonStyle.Primary;
    /// <summary>Label, ≤ 80.</summary>
    public string? Label { get; init; }
    /// <summary>Routing id returned in the component interaction.</summary>
    public string? CustomId { get; init; }
    /// <summary>Target of a link button.</summary>
    public Uri? Url { get; init; }
    /// <summary>Greyed out.</summary>
    public bool Disabled { get; init; }
}

/// <summary>A file to attach.</summary>
/// <param name="FileName">File name shown in Discord (and used by <c>attachment://</c>).</param>
/// <param name="Bytes">Content.</param>
/// <param name="Description">Alt text.</param>
public sealed record DiscordFile(string FileName, ReadOnlyMemory<byte> Bytes, string? Description = null);
