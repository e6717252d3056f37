namespace RunWell.Discord;

/// <summary>
/// Timing knobs with Discord's real values as defaults. Internal: only tests shrink them
/// (services.Configure&lt;DiscordTuning&gt;) so the suite runs in seconds.
/// </summary>
internal sealed class DiscordTuning
{
    /// <summary>Defer if the handler has not answered by then; Discord's hard limit is 3 s.</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Autocomplete cannot be deferred: a handler not done by then gets an empty list, which still
    /// reaches Discord inside its 3 s (a later answer would only meet an expired token, 10062).
    /// </summary>
    public TimeSpan AutocompleteDeadline { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// Discord's window for the first callback, counted here from receipt (the reader's stamp): a
    /// first callback still unsent by then is abandoned, and an interaction created longer ago than
    /// this (plus <see cref="ClockSkewAllowance"/>) is not run at all.
    /// </summary>
    public TimeSpan InteractionLifetime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How far our clock may be behind Discord's before a fresh interaction looks stale.</summary>
    public TimeSpan ClockSkewAllowance { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A handler still running this long after receipt is cancelled and the member gets an apology (the token lives 15 min).</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromMinutes(14);

    /// <summary>Interactions waiting for a worker; beyond this the member is told "busy" at once.</summary>
    public int InteractionQueueCapacity { get; set; } = 256;

    /// <summary>Health turns unhealthy when an interaction has waited this long for a worker (it was deferred long ago; the pool is not keeping up).</summary>
    public TimeSpan QueuedTooLong { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A handler running this long counts as stuck for health (degraded; unhealthy when every worker is).</summary>
    public TimeSpan StuckHandlerAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Guild and session events waiting; beyond this they are dropped with a log.</summary>
    public int EventQueueCapacity { get; set; } = 4096;

    /// <summary>The longest a 429 is waited out; a longer retry_after gives the caller a "rate limited" result.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long Discord is trusted to deduplicate a message by nonce + enforce_nonce ("the past few
    /// minutes"): a retry of an unknown outcome is sent only inside it.
    /// </summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Backoff of command registration, retried until it succeeds.</summary>
    public TimeSpan RegistrationBackoffBase { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan RegistrationBackoffCap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Silence bounds (as @discordjs/ws): WebSocket handshake, then HELLO, then READY/RESUMED after Identify/Resume.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(60);
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long resuming is tried through network trouble before a new session (Discord keeps sessions for minutes).</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromMinutes(2.5);

    /// <summary>A connection up this long resets the reconnect backoff; a shorter one keeps it growing.</summary>
    public TimeSpan StableConnection { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ReconnectBackoffBase { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan ReconnectBackoffCap { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Random wait before re-identifying after op 9 d=false (docs up to 2022: 1–5 s).</summary>
    public TimeSpan InvalidSessionDelayMin { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan InvalidSessionDelayMax { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Least time between two Identifies of this process: Discord allows max_concurrency (1 for nearly
    /// every bot) per 5 s, and a READY-then-close loop would otherwise identify as fast as it reconnects.
    /// </summary>
    public TimeSpan IdentifySpacing { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gateway send budget: 120 per 60 s per connection, of which a few are kept for heartbeats.</summary>
    public int GatewaySendLimit { get; set; } = 120;
    public int GatewayHeartbeatReserve { get; set; } = 3;
    public TimeSpan GatewaySendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the close handshake may take before the socket is aborted.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Global REST budget (bot-authenticated routes): Discord's 50 per second. No margin is needed on the
    /// window, because the limiter counts each request from its response (see GlobalRateLimiter).
    /// </summary>
    public int GlobalRequestsPerWindow { get; set; } = 50;
    public TimeSpan GlobalWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries of 5xx and network errors, with exponential backoff from this base.</summary>
    public int MaxServerErrorRetries { get; set; } = 3;
    public TimeSpan ServerErrorBackoffBase { get; set; } = TimeSpan.FromMilliseconds(500);
    public int Max429Retries { get; set; } = 5;

    /// <summary>Jitter source in [0,1): injectable so tests can pin the heartbeat offset.</summary>
    public Func<double> Jitter { get; set; } = Random.Shared.NextDouble;
}
