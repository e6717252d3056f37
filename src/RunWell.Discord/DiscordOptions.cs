namespace RunWell.Discord;

/// <summary>Settings of the "Discord" configuration section.</summary>
public sealed class DiscordOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>Bot token (secret). When empty the gateway does not start; REST calls fail as Unauthorized.</summary>
    public string? Token { get; set; }

    /// <summary>REST base URL, e.g. https://discord.com/api/v10 or http://127.0.0.1:PORT/api/v10 in tests.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>When set, commands are registered to this guild (instant) instead of globally.</summary>
    public ulong? DevGuildId { get; set; }

    /// <summary>
    /// Gateway intents: GUILDS (1) for guild add/remove events and GUILD_SCHEDULED_EVENTS (1 &lt;&lt; 16, not
    /// privileged) so group runs count Discord's own "Interested".
    /// </summary>
    public int Intents { get; set; } = 1 | (1 << 16);

    /// <summary>How many interactions are handled at once.</summary>
    public int MaxConcurrentInteractions { get; set; } = 16;

    /// <summary>Interactions waiting for a worker; beyond this a member is told "busy" at once. Left out, 256.</summary>
    public int? InteractionQueueCapacity { get; set; }

    /// <summary>
    /// This process's shard (0-based) when the bot runs as several processes; set with
    /// <see cref="ShardCount"/> or not at all. Shard 0 also registers the commands.
    /// </summary>
    public int? ShardId { get; set; }

    /// <summary>How many shard processes run in total (the same value in each); left out, one connection without sharding.</summary>
    public int? ShardCount { get; set; }

    /// <summary>The shard sent in Identify, or null for an unsharded connection.</summary>
    internal (int Id, int Count)? Shard => ShardId is { } id && ShardCount is { } count ? (id, count) : null;

    /// <summary>Whether this process registers the command catalog: only one may, or shards would race their PUTs.</summary>
    internal bool RegistersCommands => ShardId is null or 0;

    /// <summary>URL in the User-Agent header ("DiscordBot (url, version)").</summary>
    public Uri UserAgentUrl { get; set; } = new("https://github.com/runwell/runwell");
}
