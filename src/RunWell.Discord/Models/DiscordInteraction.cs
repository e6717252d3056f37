using System.Text.Json;

namespace RunWell.Discord;

/// <summary>Interaction types Discord sends (the <c>type</c> field of an interaction).</summary>
public enum InteractionType
{
    /// <summary>Only sent to HTTP endpoints; answered with a pong.</summary>
    Ping = 1,
    /// <summary>A slash, user or message command.</summary>
    ApplicationCommand = 2,
    /// <summary>A button press or select choice.</summary>
    MessageComponent = 3,
    /// <summary>The user is typing into an option with autocomplete.</summary>
    Autocomplete = 4,
    /// <summary>A modal was submitted.</summary>
    ModalSubmit = 5,
}

/// <summary>The user who triggered an interaction.</summary>
/// <param name="Id">Snowflake of the user.</param>
/// <param name="Username">Unique username.</param>
/// <param name="GlobalName">Display name, if the user set one.</param>
public sealed record DiscordUser(ulong Id, string Username, string? GlobalName);

/// <summary>
/// An interaction as the host sees it: flattened from Discord's payload so handlers never touch JSON
/// shapes. <see cref="User"/> is filled both in guilds (from <c>member.user</c>) and in DMs.
/// </summary>
public sealed record DiscordInteraction
{
    /// <summary>Interaction id; also the key used to drop replays after a resume.</summary>
    public required ulong Id { get; init; }
    /// <summary>The bot's application id.</summary>
    public required ulong ApplicationId { get; init; }
    /// <summary>What kind of interaction this is.</summary>
    public required InteractionType Type { get; init; }
    /// <summary>Interaction token (valid 15 minutes); used for callbacks and follow-ups.</summary>
    public required string Token { get; init; }
    /// <summary>Guild the interaction came from; null in DMs.</summary>
    public ulong? GuildId { get; init; }
    /// <summary>Channel the interaction came from.</summary>
    public ulong? ChannelId { get; init; }
    /// <summary>The invoking user.</summary>
    public required DiscordUser User { get; init; }
    /// <summary>Guild nickname of the member, if any.</summary>
    public string? MemberNick { get; init; }
    /// <summary>Member permissions in the channel (including overwrites); null in DMs.</summary>
    public DiscordPermissions? MemberPermissions { get; init; }
    /// <summary>The bot's own permissions in the channel.</summary>
    public DiscordPermissions AppPermissions { get; init; }
    /// <summary>The user's client locale, e.g. "en-GB".</summary>
    public string? Locale { get; init; }
    /// <summary>The server's preferred locale (guild_locale), e.g. "es-ES"; null in DMs.</summary>
    public string? GuildLocale { get; init; }
    /// <summary>Command data for command and autocomplete interactions.</summary>
    public DiscordCommandData? Command { get; init; }
    /// <summary>Component data for button/select interactions.</summary>
    public DiscordComponentData? Component { get; init; }
    /// <summary>Submitted values for modal-submit interactions.</summary>
    public DiscordModalData? ModalSubmit { get; init; }
    /// <summary>Id of the message that carried the pressed component.</summary>
    public ulong? MessageId { get; init; }
    /// <summary>Largest file (bytes) this interaction's answers may carry; null when Discord did not say (10 MiB applies).</summary>
    public long? AttachmentSizeLimit { get; init; }

    // The interaction token is a credential for 15 minutes: keep it out of ToString (and so out of logs).
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Type = ").Append(Type)
            .Append(", GuildId = ").Append(GuildId).Append(", UserId = ").Append(User.Id)
            .Append(", Command = ").Append(Command?.FullName);
        return true;
    }
}

/// <summary>Command data with the subcommand path flattened.</summary>
/// <param name="Id">Command id.</param>
/// <param name="Name">Top-level command name, e.g. "run".</param>
/// <param name="SubcommandPath">Group and/or subcommand names below the command, e.g. ["log"].</param>
/// <param name="Options">The leaf options (values the user entered).</param>
/// <param name="ResolvedChannels">Channels referenced by channel options, keyed by id.</param>
public sealed record DiscordCommandData(
    ulong Id,
    string Name,
    IReadOnlyList<string> SubcommandPath,
    IReadOnlyList<DiscordOptionValue> Options,
    IReadOnlyDictionary<ulong, DiscordResolvedChannel> ResolvedChannels)
{
    /// <summary>"run log" style name including the subcommand path.</summary>
    public string FullName => SubcommandPath.Count == 0 ? Name : Name + " " + string.Join(' ', SubcommandPath);

    /// <summary>The option being typed into (autocomplete only).</summary>
    public DiscordOptionValue? Focused => Options.FirstOrDefault(o => o.Focused);

    /// <summary>Finds a leaf option by name.</summary>
    public DiscordOptionValue? Option(string name) => Options.FirstOrDefault(o => o.Name == name);
}

/// <summary>One option value the user supplied.</summary>
/// <param name="Name">Option name.</param>
/// <param name="Type">Option type.</param>
/// <param name="Kind">How the value was written: a string (text, and snowflakes), a number or a boolean; Undefined when absent.</param>
/// <param name="Raw">
/// The value as text: a string's own text, or the JSON text of a number or boolean (null when absent). Kept as
/// text rather than a <see cref="JsonElement"/>, which would have to be cloned out of the frame's pooled document.
/// </param>
/// <param name="Focused">True for the option being autocompleted.</param>
public sealed record DiscordOptionValue(string Name, ApplicationCommandOptionType Type, JsonValueKind Kind, string? Raw, bool Focused)
{
    /// <summary>Reads the value of one option from the frame (strings unescaped, numbers and booleans as their JSON text).</summary>
    public static DiscordOptionValue From(string name, ApplicationCommandOptionType type, JsonElement value, bool focused) =>
        new(name, type, value.ValueKind, value.ValueKind switch
        {
            JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        }, focused);

    /// <summary>The value as text (strings, or the JSON text of anything else).</summary>
    public string AsString() => Raw ?? throw new InvalidOperationException($"Option {Name} has no value.");

    /// <summary>The value as an integer; autocomplete may send partial input as a string.</summary>
    public long? AsInt64() => Kind switch
    {
        JsonValueKind.Number when long.TryParse(Raw, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
        JsonValueKind.String when long.TryParse(Raw, out var n) => n,
        _ => null,
    };

    /// <summary>The value as a double.</summary>
    public double? AsDouble() => Kind switch
    {
        JsonValueKind.Number when double.TryParse(Raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        JsonValueKind.String when double.TryParse(Raw, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>The value as a boolean.</summary>
    public bool? AsBoolean() => Kind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>The value as a snowflake (user, channel, role, mentionable, attachment options).</summary>
    public ulong? AsSnowflake() =>
        Kind == JsonValueKind.String && ulong.TryParse(Raw, out var id) ? id : null;
}

/// <summary>A channel from <c>data.resolved.channels</c>.</summary>
/// <param name="Id">Channel id.</param>
/// <param name="Type">Channel type (0 text, 2 voice, 5 announcement, 11 thread, 15 forum).</param>
/// <param name="Permissions">The invoking member's permissions in that channel.</param>
/// <param name="Name">Channel name.</param>
public sealed record DiscordResolvedChannel(ulong Id, int Type, DiscordPermissions Permissions, string? Name);

/// <summary>Component data of a button or select interaction.</summary>
/// <param name="CustomId">The developer-defined id of the component.</param>
/// <param name="ComponentType">2 button, 3 string select, ...</param>
/// <param name="Values">Selected values (selects only).</param>
public sealed record DiscordComponentData(string CustomId, int ComponentType, IReadOnlyList<string> Values);
