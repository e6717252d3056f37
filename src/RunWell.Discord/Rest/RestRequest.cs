namespace RunWell.Discord.Rest;

/// <summary>
/// One REST call. <paramref name="Route"/> is the template ("POST /channels/{channel_id}/messages")
/// that Discord's bucket hash is learned for; <paramref name="MajorKey"/> is the top-level resource
/// (channel, guild, or webhook id + token) that splits one bucket into separate counters.
/// </summary>
/// <param name="Content">Builds the body; called again for each retry because content is consumed on send.</param>
/// <param name="BotAuth">Send "Authorization: Bot …" (false for token-in-path interaction routes).</param>
/// <param name="GlobalLimited">Counts against the 50/s global limit (interaction routes are exempt).</param>
internal sealed record RestRequest(
    HttpMethod Method,
    string Route,
    string MajorKey,
    string Path,
    Func<HttpContent?> Content,
    bool BotAuth = true,
    bool GlobalLimited = true);

/// <summary>The final answer after rate limits and retries; Status 0 means no response arrived.</summary>
internal sealed record RestResponse(int Status, byte[] Body);
