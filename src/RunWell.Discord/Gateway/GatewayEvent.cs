namespace RunWell.Discord.Gateway;

/// <summary>What the receive loop hands to the consumers through the bounded channel.</summary>
internal abstract record GatewayEvent;

internal sealed record InteractionReceived(DiscordInteraction Interaction) : GatewayEvent;

internal sealed record GuildAvailable(ulong GuildId, string? Name) : GatewayEvent;

internal sealed record GuildRemoved(ulong GuildId) : GatewayEvent;

internal sealed record SessionReady(ulong ApplicationId) : GatewayEvent;

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
