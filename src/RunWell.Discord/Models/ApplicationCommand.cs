using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunWell.Discord;

/// <summary>Command types.</summary>
public enum ApplicationCommandType
{
    /// <summary>Slash command.</summary>
    ChatInput = 1,
    /// <summary>Right-click on a user.</summary>
    User = 2,
    /// <summary>Right-click on a message.</summary>
    Message = 3,
}

/// <summary>Option types.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Member names mirror Discord's documented option type names.")]
public enum ApplicationCommandOptionType
{
    /// <summary>Subcommand.</summary>
    SubCommand = 1,
    /// <summary>Group of subcommands.</summary>
    SubCommandGroup = 2,
    /// <summary>Text.</summary>
    String = 3,
    /// <summary>Integer within ±2^53−1.</summary>
    Integer = 4,
    /// <summary>Boolean.</summary>
    Boolean = 5,
    /// <summary>User.</summary>
    User = 6,
    /// <summary>Channel.</summary>
    Channel = 7,
    /// <summary>Role.</summary>
    Role = 8,
    /// <summary>User or role.</summary>
    Mentionable = 9,
    /// <summary>Double.</summary>
    Number = 10,
    /// <summary>Uploaded file.</summary>
    Attachment = 11,
}

/// <summary>
/// An application command as registered with Discord (serialised as-is, snake_case, nulls omitted).
/// </summary>
public sealed record ApplicationCommand
{
    /// <summary>Name: lowercase, 1–32 of letters, digits, '-', '_' (slash commands).</summary>
    public required string Name { get; init; }
    /// <summary>1–100 chars for slash commands; empty for user/message commands.</summary>
    public string Description { get; init; } = "";
    /// <summary>The description in other Discord locales (e.g. "es-ES"), each 1–100 chars.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    /// <summary>Command type.</summary>
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;
    /// <summary>Up to 25 options, required ones first.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    /// <summary>Decimal-string permission bitfield; "0" = admins only, null = everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }
    /// <summary>Interaction contexts (0 guild, 1 bot DM, 2 private channel); global commands only.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
    /// <summary>Installation types (0 guild, 1 user); global commands only.</summary>
    public IReadOnlyList<int>? IntegrationTypes { get; init; }
    /// <summary>Age-restricted.</summary>
    public bool? Nsfw { get; init; }
}

/// <summary>A command option, subcommand or subcommand group.</summary>
public sealed record ApplicationCommandOption
{
    /// <summary>Option type.</summary>
    public required ApplicationCommandOptionType Type { get; init; }
    /// <summary>Name, same rules as command names.</summary>
    public required string Name { get; init; }
    /// <summary>1–100 chars.</summary>
    public required string Description { get; init; }
    /// <summary>The description in other Discord locales (e.g. "es-ES"), each 1–100 chars.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    /// <summary>Whether the user must fill it (not for subcommands/groups).</summary>
    public bool? Required { get; init; }
    /// <summary>Up to 25 fixed choices (string/integer/number).</summary>
    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }
    /// <summary>Nested options of a subcommand or group.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    /// <summary>Allowed channel types for channel options.</summary>
    public IReadOnlyList<int>? ChannelTypes { get; init; }
    /// <summary>Minimum for integer/number options.</summary>
    public double? MinValue { get; init; }
    /// <summary>Maximum for integer/number options.</summary>
    public double? MaxValue { get; init; }
    /// <summary>Minimum length (0–6000) for string options.</summary>
    public int? MinLength { get; init; }
    /// <summary>Maximum length (1–6000) for string options.</summary>
    public int? MaxLength { get; init; }
    /// <summary>Ask the bot for suggestions while typing; not with <see cref="Choices"/>.</summary>
    public bool? Autocomplete { get; init; }
}

/// <summary>A choice (fixed or autocomplete); the value is a string, integer or number.</summary>
/// <param name="Name">Shown to the user, 1–100.</param>
/// <param name="Value">The value sent back (string ≤ 100).</param>
public sealed record ApplicationCommandChoice(string Name, JsonElement Value)
{
    /// <summary>The shown name in other Discord locales (e.g. "es-ES"), each 1–100 chars.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>A string choice.</summary>
    public static ApplicationCommandChoice Of(string name, string value) =>
        new(name, JsonSerializer.SerializeToElement(value, Json.DiscordJsonContext.Default.String));

    /// <summary>An integer choice.</summary>
    public static ApplicationCommandChoice Of(string name, long value) =>
        new(name, JsonSerializer.SerializeToElement(value, Json.DiscordJsonContext.Default.Int64));

    /// <summary>A number choice.</summary>
    public static ApplicationCommandChoice Of(string name, double value) =>
        new(name, JsonSerializer.SerializeToElement(value, Json.DiscordJsonContext.Default.Double));

    /// <summary>Length counted toward the 8000-char command limit.</summary>
    [JsonIgnore]
    internal int CountedLength => Name.Length + (Value.ValueKind == JsonValueKind.String ? Value.GetString()!.Length : Value.GetRawText().Length);
}
