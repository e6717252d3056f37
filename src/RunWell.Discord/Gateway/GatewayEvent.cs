namespace RunWell.Discord.Gateway;

/// <summary>What the receive loop hands to the consumers through the bounded channel.</summary>
internal abstract record GatewayEvent;

internal sealed record GuildAvailable(ulong GuildId, string? Name) : GatewayEvent;

internal sealed record GuildRemoved(ulong GuildId) : GatewayEvent;

/// <param name="GuildIds">READY's guild list: every guild this shard is in (as unavailable guilds).</param>
internal sealed record SessionReady(ulong ApplicationId, IReadOnlyList<ulong> GuildIds, int ShardId, int ShardCount) : GatewayEvent;

/// <summary>A session resumed (possibly one a previous process saved): no guild list, but registration still runs once per process.</summary>
internal sealed record SessionResumed(ulong ApplicationId) : GatewayEvent;

/// <summary>GUILD_SCHEDULED_EVENT_USER_ADD / _REMOVE: someone marked (or unmarked) an event "Interested".</summary>
internal sealed record ScheduledEventUser(ulong GuildId, ulong EventId, ulong UserId, bool Added) : GatewayEvent;

/// <summary>Resumable session state, kept across connections by the gateway service.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; set; }
    public Uri? ResumeUrl { get; set; }
    public int? Sequence { get; set; }
    public ulong ApplicationId { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Forget()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}

/// <summary>How a connection ended, which decides what the service does next.</summary>
internal enum ConnectionOutcome
{
    Resume,
    Reidentify,
    ReidentifyAfterDelay,
    Fatal,
    Stopped,
}
