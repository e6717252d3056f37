using RunWell.Bot.Words;
using RunWell.Domain.Members;

namespace RunWell.Bot.Engine;

/// <summary>Who is calling, and in which server; filled by the adapter (Discord interaction or console).</summary>
/// <param name="GuildId">Null in a DM: RunWell's commands are server-only.</param>
/// <param name="CanManageServer">Manage Server or Administrator, from the interaction's permissions.</param>
/// <param name="BotPermissions">What the bot may do in the channel (from Discord's app_permissions), when known.</param>
/// <param name="Locale">The member's client language (picks the language of their replies and DMs), when known.</param>
/// <param name="GuildLocale">The server's language (picks the language of its group posts), when known.</param>
public sealed record Caller(
    ulong? GuildId,
    ulong UserId,
    string DisplayName,
    bool CanManageServer,
    string? GuildName = null,
    ChannelAccess? BotPermissions = null,
    string? Locale = null,
    string? GuildLocale = null)
{
    public MemberRef Member => new(
        GuildId ?? throw new InvalidOperationException("Not in a server."), UserId, DisplayName, GuildName,
        Languages.Normalize(Locale), Languages.Normalize(GuildLocale));
}

/// <summary>A channel picked in an option, with what the adapter knows about it.</summary>
/// <param name="IsText">A channel members can post text in.</param>
/// <param name="BotPermissions">The bot's permissions there, when the platform says.</param>
public sealed record ChannelValue(ulong Id, string? Name, bool IsText, ChannelAccess? BotPermissions);

/// <summary>What the bot may do in a channel, whatever the platform calls it; the adapter translates.</summary>
[Flags]
public enum ChannelAccess
{
    None = 0,
    View = 1,
    Send = 2,
    EmbedLinks = 4,
    AttachFiles = 8,

    /// <summary>Create (or manage) the server's scheduled events: a group run's Discord event.</summary>
    Events = 16,

    /// <summary>What group posts need: read the channel, post, embed cards, attach charts.</summary>
    GroupPosts = View | Send | EmbedLinks | AttachFiles,
}

/// <summary>
/// A slash command as typed: the path ("run log") and raw option values (long, double, string, bool,
/// <see cref="ChannelValue"/>). Raw, because the engine validates every value against the catalog.
/// </summary>
public sealed record CommandRequest(string Path, IReadOnlyDictionary<string, object?> Options, Caller Caller, string InteractionId);

/// <summary>A button press: its id ("prefix:args") and who pressed it.</summary>
public sealed record ComponentRequest(string CustomId, Caller Caller);

/// <summary>An option being typed, for suggestions.</summary>
public sealed record AutocompleteRequest(string Path, string Option, string Typed, Caller Caller);
