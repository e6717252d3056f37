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
}
