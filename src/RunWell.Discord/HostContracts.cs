namespace RunWell.Discord;

/// <summary>
/// Implemented by the host. Resolved from a fresh DI scope for each interaction.
/// </summary>
public interface IDiscordInteractionHandler
{
    /// <summary>Handles the interaction and says what to send back. Slow handlers are deferred automatically.</summary>
    Task<InteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken ct);

    /// <summary>Cheap guess, used only when deferring: should the "thinking…" reply be ephemeral?</summary>
    bool IsEphemeral(DiscordInteraction interaction);
}

/// <summary>Implemented by the host: the command catalog to register after READY.</summary>
public interface ICommandSource
{
    /// <summary>All commands (the whole list is PUT at once).</summary>
    IReadOnlyList<ApplicationCommand> GetCommands();
}

/// <summary>Implemented by the host: remembers the hash of the last registered catalog per scope.</summary>
public interface ICommandRegistrationStore
{
    /// <summary>Reads the stored hash; scope is "global" or the guild id as a decimal string.</summary>
    Task<string?> GetHashAsync(string scope, CancellationToken ct);

    /// <summary>Stores the hash after a successful PUT.</summary>
    Task SetHashAsync(string scope, string hash, CancellationToken ct);
}

/// <summary>
/// Optional, implemented by the host: GUILD_SCHEDULED_EVENT_USER_ADD/_REMOVE (needs the GUILD_SCHEDULED_EVENTS
/// intent, 1 &lt;&lt; 16, not privileged). A no-op is registered by default.
/// </summary>
public interface IScheduledEventUsers
{
    /// <summary>A user marked (true) or unmarked (false) a scheduled event "Interested".</summary>
    Task InterestChangedAsync(ulong guildId, ulong eventId, ulong userId, bool interested, CancellationToken ct);
}

/// <summary>Optional, implemented by the host: guild membership events. A no-op is registered by default.</summary>
public interface IGuildEvents
{
    /// <summary>GUILD_CREATE: the bot is in this guild and it is available.</summary>
    Task GuildAvailableAsync(ulong guildId, string? name, CancellationToken ct);

    /// <summary>GUILD_DELETE not marked unavailable: the bot was removed from the guild.</summary>
    Task GuildRemovedAsync(ulong guildId, CancellationToken ct);

    /// <summary>
    /// READY: <paramref name="guildIds"/> are all the guilds of shard <paramref name="shardId"/> of
    /// <paramref name="shardCount"/> (1 when not sharded). A guild the host knows on this shard that is
    /// missing here was left while the bot was offline.
    /// </summary>
    Task SessionReadyAsync(IReadOnlyList<ulong> guildIds, int shardId, int shardCount, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>
/// Optional, implemented by the host: the words of the answers the client sends on its own (the host
/// knows the product's voice; the client does not). A plain English default is registered.
/// </summary>
public interface IInteractionFallbacks
{
    /// <summary>The queue is full: sent at once, ephemeral.</summary>
    DiscordMessage Busy(DiscordInteraction interaction);

    /// <summary>The handler threw or built an answer that cannot be sent.</summary>
    DiscordMessage Failed(DiscordInteraction interaction);

    /// <summary>The handler ran into the interaction token's 15-minute limit and was stopped.</summary>
    DiscordMessage TookTooLong(DiscordInteraction interaction);
}

internal sealed class PlainFallbacks : IInteractionFallbacks
{
    public DiscordMessage Busy(DiscordInteraction interaction) => Ephemeral("Busy right now — please try again in a moment.");

    public DiscordMessage Failed(DiscordInteraction interaction) => Ephemeral("Sorry — something went wrong on our side. Please try again in a moment.");

    public DiscordMessage TookTooLong(DiscordInteraction interaction) => Ephemeral("Sorry — that took too long and was stopped. Please try again.");

    private static DiscordMessage Ephemeral(string text) => DiscordMessage.Text(text) with { Flags = DiscordMessageFlags.Ephemeral };
}

/// <summary>
/// Optional, implemented by the host: keeps the gateway session across a planned restart, so the next
/// process resumes it (and receives the events sent meanwhile) instead of identifying afresh.
/// </summary>
public interface IGatewaySessionStore
{
    /// <summary>The session the last process left, or null.</summary>
    Task<SavedGatewaySession?> LoadAsync(CancellationToken ct);

    /// <summary>Saves the session on stop; null forgets it.</summary>
    Task SaveAsync(SavedGatewaySession? session, CancellationToken ct);
}

/// <summary>What resuming needs.</summary>
/// <param name="SessionId">READY's session_id.</param>
/// <param name="ResumeUrl">READY's resume_gateway_url.</param>
/// <param name="Sequence">The last sequence number read (and handed over).</param>
/// <param name="ApplicationId">READY's application id (RESUMED does not repeat it).</param>
/// <param name="SavedAt">When it was saved: Discord keeps a session resumable only for minutes.</param>
public sealed record SavedGatewaySession(string SessionId, Uri ResumeUrl, int? Sequence, ulong ApplicationId, DateTimeOffset SavedAt);
