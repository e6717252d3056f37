namespace RunWell.Discord.Gateway;

/// <summary>What each gateway close code means for reconnecting.</summary>
internal static class CloseCodes
{
    public static ConnectionOutcome Classify(int? code) => (GatewayCloseCode?)code switch
    {
        GatewayCloseCode.AuthenticationFailed or GatewayCloseCode.InvalidShard or GatewayCloseCode.ShardingRequired
            or GatewayCloseCode.InvalidApiVersion or GatewayCloseCode.InvalidIntents or GatewayCloseCode.DisallowedIntents => ConnectionOutcome.Fatal,
        // Invalid seq / session timed out: the session is gone, so a new one is needed.
        GatewayCloseCode.InvalidSeq or GatewayCloseCode.SessionTimedOut => ConnectionOutcome.Reidentify,
        _ => ConnectionOutcome.Resume,
    };

    /// <summary>One clear line for the operator; never includes the token itself.</summary>
    public static string FatalReason(int code) => (GatewayCloseCode)code switch
    {
        GatewayCloseCode.AuthenticationFailed => "Discord rejected the bot token — check Discord:Token",
        GatewayCloseCode.InvalidShard => "Discord rejected the shard sent in Identify (4010 invalid shard)",
        GatewayCloseCode.ShardingRequired => "Discord requires sharding for this bot (4011 sharding required)",
        GatewayCloseCode.InvalidApiVersion => "Discord rejected the gateway API version (4012 invalid API version)",
        GatewayCloseCode.InvalidIntents => "Discord rejected the intents — check Discord:Intents (4013 invalid intents)",
        GatewayCloseCode.DisallowedIntents => "Discord refused a privileged intent not enabled in the developer portal — check Discord:Intents (4014 disallowed intents)",
        _ => $"Discord closed the gateway with fatal code {code}",
    };
}

/// <summary>Reconnect delays: exponential with ±25 % jitter, capped.</summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan cap, double jitter01)
    {
        if (attempt <= 0)
            return TimeSpan.Zero;
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var jittered = exponential * (0.75 + (jitter01 * 0.5));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, cap.TotalMilliseconds));
    }
}
