using System.Text.Json;
using Microsoft.Extensions.Logging;
using RunWell.Discord.Json;

namespace RunWell.Discord.Rest;

/// <summary>Builds each route's request, sends it through <see cref="RestSender"/> and maps the answer.</summary>
internal sealed partial class DiscordRestClient(RestSender sender, Microsoft.Extensions.Options.IOptions<DiscordTuning> tuning, ILogger<DiscordRestClient> logger) : IDiscordRest
{
    /// <summary>
    /// Each route's URL is built in one piece on the API's base: a path joined to the base later was one
    /// more long string per request (with the interaction token in it, for every callback).
    /// </summary>
    private string Api => sender.ApiBase;

    public async Task<DiscordResult<ulong>> CreateMessageAsync(ulong channelId, DiscordMessage message, CancellationToken ct = default)
    {
        if (TooLarge<ulong>(message.Files, null) is { } refused)
            return refused;
        var wire = Sanitize(message, MessageTarget.Channel, "create message");
        var channel = Snowflake.Str(channelId);
        var request = new RestRequest(HttpMethod.Post, "POST /channels/{channel_id}/messages", "channel:" + channel,
            $"{Api}channels/{channel}/messages", MessageContent.Message(wire, DiscordJsonContext.Default.WireMessage, message.Files))
        {
            // With nonce + enforce_nonce Discord drops a repeat for a few minutes; without, a retry could post twice.
            SafeRetryWindow = wire.EnforceNonce == true ? tuning.Value.NonceWindow : TimeSpan.Zero,
        };
        return ReadId(await sender.SendAsync(request, ct));
    }

    public async Task<DiscordResult<ulong>> CreateDmChannelAsync(ulong userId, CancellationToken ct = default)
    {
        var request = new RestRequest(HttpMethod.Post, "POST /users/@me/channels", "user:@me", Api + "users/@me/channels",
            MessageContent.Json(new WireDmRequest(Snowflake.Str(userId)), DiscordJsonContext.Default.WireDmRequest))
        {
            SafeRetryWindow = TimeSpan.MaxValue, // returns the existing DM channel: repeating it is harmless
        };
        return ReadId(await sender.SendAsync(request, ct));
    }

    public async Task<DiscordResult> BulkOverwriteCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default)
    {
        var app = Snowflake.Str(applicationId);
        var body = MessageContent.Json(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        var request = guildId is { } g
            ? new RestRequest(HttpMethod.Put, "PUT /applications/{application_id}/guilds/{guild_id}/commands", "guild:" + Snowflake.Str(g),
                $"{Api}applications/{app}/guilds/{Snowflake.Str(g)}/commands", body)
            : new RestRequest(HttpMethod.Put, "PUT /applications/{application_id}/commands", "application:" + app,
                $"{Api}applications/{app}/commands", body);
        return Map(await sender.SendAsync(request, ct));
    }

    public async Task<DiscordResult<JsonElement>> GetCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken ct = default)
    {
        var app = Snowflake.Str(applicationId);
        var request = guildId is { } g
            ? new RestRequest(HttpMethod.Get, "GET /applications/{application_id}/guilds/{guild_id}/commands", "guild:" + Snowflake.Str(g),
                $"{Api}applications/{app}/guilds/{Snowflake.Str(g)}/commands", null)
            : new RestRequest(HttpMethod.Get, "GET /applications/{application_id}/commands", "application:" + app,
                $"{Api}applications/{app}/commands", null);
        var response = await sender.SendAsync(request, ct);
        var result = Map(response);
        if (!result.IsSuccess)
            return Fail<JsonElement>(result);
        using var doc = JsonDocument.Parse(response.Body);
        return new DiscordResult<JsonElement>(doc.RootElement.Clone(), DiscordErrorKind.None, response.Status, null, null) { Attempts = response.Attempts };
    }

    public async Task<DiscordResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken ct = default)
    {
        var response = await sender.SendAsync(new RestRequest(HttpMethod.Get, "GET /gateway/bot", "", Api + "gateway/bot", null), ct);
        var result = Map(response);
        if (!result.IsSuccess)
            return Fail<GatewayBotInfo>(result);
        var wire = JsonSerializer.Deserialize(response.Body, DiscordJsonContext.Default.WireGatewayBot)!;
        var limit = wire.SessionStartLimit ?? new WireSessionStartLimit(1000, 1000, 0, 1);
        var info = new GatewayBotInfo(new Uri(wire.Url), wire.Shards, limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter), limit.MaxConcurrency);
        return new DiscordResult<GatewayBotInfo>(info, DiscordErrorKind.None, response.Status, null, null);
    }

    public async Task<DiscordResult> EditMessageAsync(ulong channelId, ulong messageId, DiscordMessage message, CancellationToken ct = default)
    {
        // An edit leaves out what it does not change: an empty list is what takes the buttons away.
        var wire = Sanitize(message, MessageTarget.Channel, "edit message") is var sane && sane.Components is null
            ? sane with { Nonce = null, EnforceNonce = null, Components = [] }
            : sane with { Nonce = null, EnforceNonce = null };
        var channel = Snowflake.Str(channelId);
        var request = new RestRequest(HttpMethod.Patch, "PATCH /channels/{channel_id}/messages/{message_id}", "channel:" + channel,
            $"{Api}channels/{channel}/messages/{Snowflake.Str(messageId)}", MessageContent.Message(wire, DiscordJsonContext.Default.WireMessage, message.Files));
        return Map(await sender.SendAsync(request, ct));
    }

    public async Task<DiscordResult<ulong>> CreateGuildScheduledEventAsync(ulong guildId, DiscordScheduledEvent scheduledEvent, CancellationToken ct = default)
    {
        var guild = Snowflake.Str(guildId);
        var request = new RestRequest(HttpMethod.Post, "POST /guilds/{guild_id}/scheduled-events", "guild:" + guild,
            $"{Api}guilds/{guild}/scheduled-events",
            MessageContent.Json(ScheduledEventLimits.ToWire(scheduledEvent), DiscordJsonContext.Default.WireScheduledEventCreate));
        return ReadId(await sender.SendAsync(request, ct));
    }

    public async Task<DiscordResult> DeleteGuildScheduledEventAsync(ulong guildId, ulong eventId, CancellationToken ct = default)
    {
        var guild = Snowflake.Str(guildId);
        var request = new RestRequest(HttpMethod.Delete, "DELETE /guilds/{guild_id}/scheduled-events/{event_id}", "guild:" + guild,
            $"{Api}guilds/{guild}/scheduled-events/{Snowflake.Str(eventId)}", null);
        return Map(await sender.SendAsync(request, ct));
    }

    public async Task<DiscordResult> CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, long? maxFileBytes = null, CancellationToken ct = default)
    {
        if (response.Modal is { } modal)
            return await CreateModalResponseAsync(interactionId, interactionToken, modal, ct);
        if (TooLarge<ulong>(response.Message?.Files ?? [], maxFileBytes) is { } refused)
            return refused;
        var adjustments = new List<string>();
        var wire = MessageContent.Callback(response, adjustments);
        Report(adjustments, "interaction response");
        var id = Snowflake.Str(interactionId);
        // Token-in-path route: no bot auth and exempt from the global limit; bucketed per interaction.
        var request = new RestRequest(HttpMethod.Post, "POST /interactions/{interaction_id}/{token}/callback", "interaction:" + id,
            $"{Api}interactions/{id}/{Uri.EscapeDataString(interactionToken)}/callback",
            MessageContent.Message(wire, DiscordJsonContext.Default.WireCallback, response.Message?.Files ?? []),
            BotAuth: false, GlobalLimited: false)
        {
            // A repeat is refused with 40060, which the caller reads as "the first one arrived".
            SafeRetryWindow = TimeSpan.MaxValue,
            OwnCounter = true,
        };
        return Map(await sender.SendAsync(request, ct));
    }

    public async Task<DiscordResult> EditOriginalResponseAsync(ulong applicationId, string interactionToken, DiscordMessage message, long? maxFileBytes = null, CancellationToken ct = default)
    {
        if (TooLarge<ulong>(message.Files, maxFileBytes) is { } refused)
            return refused;
        var wire = Sanitize(message, MessageTarget.Interaction, "edit original");
        var request = Webhook(HttpMethod.Patch, "PATCH /webhooks/{application_id}/{token}/messages/@original", applicationId, interactionToken,
            "/messages/@original", MessageContent.Message(wire, DiscordJsonContext.Default.WireMessage, message.Files));
        return Map(await sender.SendAsync(request, ct));
    }

    public async Task<DiscordResult<ulong>> CreateFollowupAsync(ulong applicationId, string interactionToken, DiscordMessage message, long? maxFileBytes = null, CancellationToken ct = default)
    {
        if (TooLarge<ulong>(message.Files, maxFileBytes) is { } refused)
            return refused;
        var wire = Sanitize(message, MessageTarget.Interaction, "follow-up");
        var request = Webhook(HttpMethod.Post, "POST /webhooks/{application_id}/{token}", applicationId, interactionToken,
            "?wait=true", MessageContent.Message(wire, DiscordJsonContext.Default.WireMessage, message.Files));
        return ReadId(await sender.SendAsync(request, ct));
    }

    private async Task<DiscordResult> CreateModalResponseAsync(ulong interactionId, string interactionToken, DiscordModal modal, CancellationToken ct)
    {
        var id = Snowflake.Str(interactionId);
        var request = new RestRequest(HttpMethod.Post, "POST /interactions/{interaction_id}/{token}/callback", "interaction:" + id,
            $"{Api}interactions/{id}/{Uri.EscapeDataString(interactionToken)}/callback",
            MessageContent.Json(ModalLimits.ToWire(modal), DiscordJsonContext.Default.WireModalCallback),
            BotAuth: false, GlobalLimited: false)
        {
            // A repeat is refused with 40060, which the caller reads as "the first one arrived".
            SafeRetryWindow = TimeSpan.MaxValue,
            OwnCounter = true,
        };
        return Map(await sender.SendAsync(request, ct));
    }

    private RestRequest Webhook(HttpMethod method, string route, ulong applicationId, string token, string suffix, RestBody content)
    {
        var app = Snowflake.Str(applicationId);
        return new RestRequest(method, route, $"webhook:{app}:{token}", $"{Api}webhooks/{app}/{Uri.EscapeDataString(token)}{suffix}", content,
            BotAuth: false, GlobalLimited: false);
    }

    /// <summary>Discord's default per-file limit when the interaction does not state its own.</summary>
    internal const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    /// <summary>An upload Discord would refuse with 413 is refused here, before its bytes are sent.</summary>
    private DiscordResult<T>? TooLarge<T>(IReadOnlyList<DiscordFile> files, long? limit)
    {
        var max = limit ?? DefaultMaxFileBytes;
        foreach (var file in files)
        {
            if (file.Bytes.Length > max)
            {
                LogFileTooLarge(logger, file.FileName, file.Bytes.Length, max);
                return new DiscordResult<T>(default, DiscordErrorKind.TooLarge, 413, null, $"{file.FileName} is {file.Bytes.Length} bytes; the limit is {max}.") { Attempts = 0 };
            }
        }
        return null;
    }

    private WireMessage Sanitize(DiscordMessage message, MessageTarget target, string what)
    {
        var adjustments = new List<string>();
        var wire = MessageLimits.ToWire(message, target, adjustments);
        Report(adjustments, what);
        return wire;
    }

    private void Report(List<string> adjustments, string what)
    {
        if (adjustments.Count > 0)
            LogAdjusted(logger, what, string.Join("; ", adjustments));
    }

    private static DiscordResult<ulong> ReadId(RestResponse response)
    {
        var result = Map(response);
        if (!result.IsSuccess)
            return Fail<ulong>(result);
        var id = JsonSerializer.Deserialize(response.Body, DiscordJsonContext.Default.WireIdObject);
        return new DiscordResult<ulong>(id is null ? 0 : Snowflake.Parse(id.Id), DiscordErrorKind.None, response.Status, null, null) { Attempts = response.Attempts };
    }

    private static DiscordResult<T> Fail<T>(DiscordResult r) => new(default, r.Error, r.StatusCode, r.ErrorCode, r.ErrorMessage) { Attempts = r.Attempts };

    internal static DiscordResult Map(RestResponse response)
    {
        if (response.Status is >= 200 and < 300)
            return new DiscordResult(DiscordErrorKind.None, response.Status, null, null) { Attempts = response.Attempts };
        var error = RestSender.TryParseError(response.Body);
        var kind = response switch
        {
            { OutcomeUnknown: true } => DiscordErrorKind.OutcomeUnknown,
            { Status: 429 } => DiscordErrorKind.RateLimited,
            { Status: 413 } => DiscordErrorKind.TooLarge,
            _ => ByCode(error?.Code, response.Status),
        };
        return new DiscordResult(kind, response.Status, error?.Code, error?.Message) { Attempts = response.Attempts };
    }

    private static DiscordErrorKind ByCode(int? code, int status) =>
        code switch
        {
            50007 => DiscordErrorKind.CannotMessageUser,
            50013 => DiscordErrorKind.MissingPermissions,
            50001 => DiscordErrorKind.MissingAccess,
            10003 => DiscordErrorKind.UnknownChannel,
            10062 => DiscordErrorKind.UnknownInteraction,
            _ => status switch
            {
                401 => DiscordErrorKind.Unauthorized,
                404 => DiscordErrorKind.NotFound,
                400 => DiscordErrorKind.BadRequest,
                _ => DiscordErrorKind.Other,
            },
        };

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "File {FileName} ({Bytes} bytes) is over the {Limit}-byte limit; not uploaded")]
    private static partial void LogFileTooLarge(ILogger logger, string fileName, int bytes, long limit);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Outbound {What} adjusted to Discord's limits: {Adjustments}")]
    private static partial void LogAdjusted(ILogger logger, string what, string adjustments);
}
