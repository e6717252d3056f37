namespace RunWell.Discord;

/// <summary>
/// Discord REST calls the bot needs. Rate limits, retries, allowed_mentions and size limits are
/// handled inside; callers only look at the typed result.
/// </summary>
public interface IDiscordRest
{
    /// <summary>POST /channels/{channelId}/messages; returns the new message id.</summary>
    Task<DiscordResult<ulong>> CreateMessageAsync(ulong channelId, DiscordMessage message, CancellationToken ct = default);

    /// <summary>POST /users/@me/channels; returns the DM channel id (existing one if any).</summary>
    Task<DiscordResult<ulong>> CreateDmChannelAsync(ulong userId, CancellationToken ct = default);

    /// <summary>PUT the whole command list, to a guild when <paramref name="guildId"/> is set, else globally.</summary>
    Task<DiscordResult> BulkOverwriteCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default);

    /// <summary>PATCH /channels/{channelId}/messages/{messageId}: replaces content and components.</summary>
    Task<DiscordResult> EditMessageAsync(ulong channelId, ulong messageId, DiscordMessage message, CancellationToken ct = default);

    /// <summary>POST /guilds/{guildId}/scheduled-events (EXTERNAL, GUILD_ONLY); returns the event id.</summary>
    Task<DiscordResult<ulong>> CreateGuildScheduledEventAsync(ulong guildId, DiscordScheduledEvent scheduledEvent, CancellationToken ct = default);

    /// <summary>DELETE /guilds/{guildId}/scheduled-events/{eventId}.</summary>
    Task<DiscordResult> DeleteGuildScheduledEventAsync(ulong guildId, ulong eventId, CancellationToken ct = default);

    /// <summary>GET the commands Discord holds, for a guild when <paramref name="guildId"/> is set, else global (raw JSON array).</summary>
    Task<DiscordResult<System.Text.Json.JsonElement>> GetCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken ct = default);

    /// <summary>GET /gateway/bot.</summary>
    Task<DiscordResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken ct = default);

    /// <summary>
    /// POST /interactions/{id}/{token}/callback (no bot auth, not globally limited). Files larger than
    /// <paramref name="maxFileBytes"/> (the interaction's attachment_size_limit; 10 MiB when null) are
    /// refused before upload with <see cref="DiscordErrorKind.TooLarge"/>; so for the two below.
    /// </summary>
    Task<DiscordResult> CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, long? maxFileBytes = null, CancellationToken ct = default);

    /// <summary>PATCH /webhooks/{app}/{token}/messages/@original.</summary>
    Task<DiscordResult> EditOriginalResponseAsync(ulong applicationId, string interactionToken, DiscordMessage message, long? maxFileBytes = null, CancellationToken ct = default);

    /// <summary>
    /// POST /webhooks/{app}/{token}?wait=true; returns the follow-up message id. Never repeated after
    /// an unknown outcome (a follow-up has no nonce): such a result is <see cref="DiscordErrorKind.OutcomeUnknown"/>.
    /// </summary>
    Task<DiscordResult<ulong>> CreateFollowupAsync(ulong applicationId, string interactionToken, DiscordMessage message, long? maxFileBytes = null, CancellationToken ct = default);
}
