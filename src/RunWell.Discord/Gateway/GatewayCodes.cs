namespace RunWell.Discord.Gateway;

/// <summary>Gateway opcodes the client sends or reads.</summary>
internal enum GatewayOpcode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}

/// <summary>Discord's gateway close codes, plus the one the client sends when it means to come back.</summary>
public enum GatewayCloseCode
{
    /// <summary>Ends the session (the bot shows offline): only when the bot is not coming back.</summary>
    Normal = 1000,
    /// <summary>4000 unknown error: reconnect.</summary>
    UnknownError = 4000,
    /// <summary>4001 unknown opcode: reconnect.</summary>
    UnknownOpcode = 4001,
    /// <summary>4002 decode error: reconnect.</summary>
    DecodeError = 4002,
    /// <summary>4003 not authenticated: reconnect.</summary>
    NotAuthenticated = 4003,
    /// <summary>4004 authentication failed: fatal.</summary>
    AuthenticationFailed = 4004,
    /// <summary>4005 already authenticated: reconnect.</summary>
    AlreadyAuthenticated = 4005,
    /// <summary>4007 invalid seq: new session.</summary>
    InvalidSeq = 4007,
    /// <summary>4008 rate limited: reconnect.</summary>
    RateLimited = 4008,
    /// <summary>4009 session timed out: new session.</summary>
    SessionTimedOut = 4009,
    /// <summary>4010 invalid shard: fatal.</summary>
    InvalidShard = 4010,
    /// <summary>4011 sharding required: fatal.</summary>
    ShardingRequired = 4011,
    /// <summary>4012 invalid API version: fatal.</summary>
    InvalidApiVersion = 4012,
    /// <summary>4013 invalid intents: fatal.</summary>
    InvalidIntents = 4013,
    /// <summary>4014 disallowed intents: fatal.</summary>
    DisallowedIntents = 4014,
    /// <summary>Sent by this client on a planned restart: any code but 1000/1001 keeps the session resumable.</summary>
    Restarting = 4900,
}
