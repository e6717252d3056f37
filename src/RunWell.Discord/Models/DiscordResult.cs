namespace RunWell.Discord;

/// <summary>Why a Discord call failed, for the errors a bot must treat specially.</summary>
public enum DiscordErrorKind
{
    /// <summary>Success.</summary>
    None = 0,
    /// <summary>50007: DMs closed, no shared server, or blocked.</summary>
    CannotMessageUser,
    /// <summary>50013: the bot lacks a permission.</summary>
    MissingPermissions,
    /// <summary>50001: the bot cannot see the channel.</summary>
    MissingAccess,
    /// <summary>10003: the channel was deleted or never existed.</summary>
    UnknownChannel,
    /// <summary>10062: the interaction token expired (3 s / 15 min).</summary>
    UnknownInteraction,
    /// <summary>401: the token is invalid; the client stops sending.</summary>
    Unauthorized,
    /// <summary>Other 404.</summary>
    NotFound,
    /// <summary>Other 400 (e.g. 50035 invalid form body).</summary>
    BadRequest,
    /// <summary>
    /// A request that may or may not have taken effect (a reset, timeout or 5xx on a POST that is not
    /// safe to repeat); it was not sent again. Report it as unknown; never blindly resend.
    /// </summary>
    OutcomeUnknown,
    /// <summary>429 with a wait longer than the client accepts (DiscordTuning.MaxRateLimitWait), or too many 429s.</summary>
    RateLimited,
    /// <summary>413, or a file over the interaction's attachment_size_limit / 10 MiB: never retried.</summary>
    TooLarge,
    /// <summary>Anything else (5xx after retries, network failure, other codes).</summary>
    Other,
}

/// <summary>Outcome of a REST call. Failures carry a kind, the HTTP status and Discord's JSON error code.</summary>
public class DiscordResult
{
    /// <summary>Creates a result.</summary>
    public DiscordResult(DiscordErrorKind error, int statusCode, int? errorCode, string? errorMessage)
    {
        Error = error;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    /// <summary>Failure kind, or <see cref="DiscordErrorKind.None"/>.</summary>
    public DiscordErrorKind Error { get; }
    /// <summary>HTTP status (0 when no response arrived).</summary>
    public int StatusCode { get; }
    /// <summary>Discord's JSON error code, e.g. 50007.</summary>
    public int? ErrorCode { get; }
    /// <summary>Discord's error message.</summary>
    public string? ErrorMessage { get; }
    /// <summary>True when the call succeeded.</summary>
    public bool IsSuccess => Error == DiscordErrorKind.None;
    /// <summary>HTTP attempts made (more than 1 when a retry happened): 40060 after a retried callback means the first took effect.</summary>
    public int Attempts { get; init; } = 1;
    /// <summary>Discord's 40060 "Interaction has already been acknowledged".</summary>
    public bool IsAlreadyAcknowledged => ErrorCode == 40060;

    /// <inheritdoc />
    public override string ToString() =>
        IsSuccess ? "Success" : $"{Error} (HTTP {StatusCode}, code {ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}): {ErrorMessage}";
}

/// <summary>Outcome of a REST call that returns a value.</summary>
public sealed class DiscordResult<T> : DiscordResult
{
    /// <summary>Creates a result.</summary>
    public DiscordResult(T? value, DiscordErrorKind error, int statusCode, int? errorCode, string? errorMessage)
        : base(error, statusCode, errorCode, errorMessage) => Value = value;

    /// <summary>The value on success.</summary>
    public T? Value { get; }
}

/// <summary>Response of GET /gateway/bot.</summary>
/// <param name="Url">Gateway URL to connect to.</param>
/// <param name="Shards">Recommended shard count.</param>
/// <param name="SessionStartRemaining">Identifies left in the current window.</param>
/// <param name="SessionStartResetAfter">When the Identify budget resets.</param>
/// <param name="MaxConcurrency">Identifies allowed per 5 s.</param>
public sealed record GatewayBotInfo(Uri Url, int Shards, int SessionStartRemaining, TimeSpan SessionStartResetAfter, int MaxConcurrency);
