using System.Globalization;
using Microsoft.Extensions.Logging;
using RunWell.Discord;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Messaging;

namespace RunWell.DiscordAdapter;

/// <summary>Group runs on Discord: guild scheduled events and edits of the announcement.</summary>
internal sealed partial class DiscordGroupRunPlatform(IDiscordRest rest, ILogger<DiscordGroupRunPlatform> logger) : IGroupRunPlatform
{
    /// <summary>CREATE_EVENTS (1 &lt;&lt; 44) or MANAGE_EVENTS (1 &lt;&lt; 33): either lets the bot create an event.</summary>
    internal const ulong EventPermissions = (1UL << 44) | (1UL << 33);

    public async Task<PlatformEventResult> CreateEventAsync(GroupRunEventDraft draft, ulong? botPermissions, CancellationToken ct)
    {
        // Known to fail: say why without spending a request that would count as an invalid one.
        if (botPermissions is { } permissions && (permissions & EventPermissions) == 0)
        {
            return new PlatformEventResult(GroupRunEventState.MissingPermission);
        }

        var result = await rest.CreateGuildScheduledEventAsync(draft.GuildId,
            new DiscordScheduledEvent(draft.Name, draft.Description, draft.Location,
                new DateTimeOffset(DateTime.SpecifyKind(draft.StartUtc, DateTimeKind.Utc)),
                new DateTimeOffset(DateTime.SpecifyKind(draft.EndUtc, DateTimeKind.Utc))), ct);
        if (result.IsSuccess)
        {
            return new PlatformEventResult(GroupRunEventState.Created, result.Value, EventLink(draft.GuildId, result.Value));
        }

        LogEventFailed(draft.GuildId, result.Error, result.StatusCode);
        return new PlatformEventResult(result.Error is DiscordErrorKind.MissingPermissions or DiscordErrorKind.MissingAccess
            ? GroupRunEventState.MissingPermission
            : GroupRunEventState.Failed);
    }

    public async Task DeleteEventAsync(ulong guildId, ulong eventId, CancellationToken ct)
    {
        var result = await rest.DeleteGuildScheduledEventAsync(guildId, eventId, ct);
        if (!result.IsSuccess && result.Error != DiscordErrorKind.NotFound)
        {
            LogEventFailed(guildId, result.Error, result.StatusCode);
        }
    }

    public async Task<bool> EditMessageAsync(ulong guildId, ulong channelId, ulong messageId, Message message, CancellationToken ct) =>
        (await rest.EditMessageAsync(channelId, messageId, DiscordMessageRenderer.Render(message), ct)).IsSuccess;

    public string? EventLink(ulong guildId, ulong eventId) =>
        string.Create(CultureInfo.InvariantCulture, $"https://discord.com/events/{guildId}/{eventId}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled event call for server {GuildId} failed: {Error} (HTTP {Status})")]
    private partial void LogEventFailed(ulong guildId, DiscordErrorKind error, int status);
}

/// <summary>Discord's "Interested" on a group run's event, counted by the domain.</summary>
internal sealed class GroupRunInterest(GroupRunService runs) : IScheduledEventUsers
{
    public Task InterestChangedAsync(ulong guildId, ulong eventId, ulong userId, bool interested, CancellationToken ct) =>
        runs.InterestedAsync(guildId, eventId, userId, interested, ct);
}
