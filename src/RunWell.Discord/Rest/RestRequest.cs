namespace RunWell.Discord.Rest;

/// <summary>
/// One REST call. <paramref name="Route"/> is the template ("POST /channels/{channel_id}/messages")
/// that Discord's bucket hash is learned for; <paramref name="MajorKey"/> is the top-level resource
/// (channel, guild, or webhook id + token) that splits one bucket into separate counters.
/// </summary>
/// <param name="Url">The absolute URL: <see cref="RestSender.ApiBase"/> and the path, built in one piece.</param>
/// <param name="Body">The body (null: none); each attempt sends a new content over its bytes.</param>
/// <param name="BotAuth">Send "Authorization: Bot …" (false for token-in-path interaction routes).</param>
/// <param name="GlobalLimited">Counts against the 50/s global limit (interaction routes are exempt).</param>
internal sealed record RestRequest(
    HttpMethod Method,
    string Route,
    string MajorKey,
    string Url,
    RestBody? Body,
    bool BotAuth = true,
    bool GlobalLimited = true)
{
    /// <summary>
    /// How long a retry of an attempt whose outcome is unknown (a reset, a timeout, a 5xx that may hide a
    /// success) cannot do harm, counted from the first attempt. GET/PUT/PATCH/DELETE are idempotent;
    /// a POST is only when it says so: callbacks (a second one is 40060), create-DM (returns the same
    /// channel), a message with nonce + enforce_nonce (inside Discord's nonce window). Zero: never.
    /// </summary>
    public TimeSpan SafeRetryWindow { get; init; } = Method == HttpMethod.Post ? TimeSpan.Zero : TimeSpan.MaxValue;

    /// <summary>
    /// The major key belongs to this one request: an interaction's first callback (exactly one is sent per
    /// interaction). No other request can share its counter, so the counter lives only as long as the
    /// request (it still holds a 429's wait for the retries) and none is kept in the shared map.
    /// </summary>
    public bool OwnCounter { get; init; }
}

/// <summary>
/// The final answer after rate limits and retries; Status 0 means no response arrived.
/// <paramref name="Attempts"/> counts the HTTP attempts made; <paramref name="OutcomeUnknown"/> says the
/// request may or may not have taken effect and was not retried because a retry could apply it twice.
/// </summary>
internal sealed record RestResponse(int Status, byte[] Body, int Attempts = 1, bool OutcomeUnknown = false, bool RateLimitTooLong = false);
