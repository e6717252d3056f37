using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RunWell.FakeDiscord;

/// <summary>The fake REST API: records every request and answers like Discord, with scripted faults.</summary>
public sealed class FakeRest
{
    private readonly FakeDiscordServer _server;
    private readonly FakeRateLimits _limits;
    private readonly ConcurrentDictionary<FakeRoute, ConcurrentQueue<FakeFault>> _faults = new();
    private readonly ConcurrentDictionary<FakeRoute, FakeHold> _holds = new();
    private readonly ConcurrentDictionary<string, byte> _acknowledged = new();
    private readonly ConcurrentDictionary<string, JsonArray> _commands = new();
    private readonly ConcurrentDictionary<string, string> _nonces = new();
    private readonly ConcurrentDictionary<string, byte> _created = new();
    private long _next;

    internal FakeRest(FakeDiscordServer server)
    {
        _server = server;
        _limits = new FakeRateLimits(server.Time);
    }

    /// <summary>Guild scheduled events created through the fake, validated like Discord.</summary>
    public FakeScheduledEvents ScheduledEvents { get; } = new();

    /// <summary>Every request, in arrival order, with the status it got.</summary>
    public Recorder<RecordedRequest> Requests { get; } = new();

    /// <summary>Number of 429 answers produced by the rate-limit model (not scripted faults).</summary>
    public int RateLimitedCount => Requests.Count(r => r.Status == 429 && r.Header("X-Fake-Scripted") is null);

    /// <summary>Global requests/s allowed for bot-authenticated routes (50 like Discord).</summary>
    public int GlobalPerSecond
    {
        get => _limits.GlobalPerSecond;
        set => _limits.GlobalPerSecond = value;
    }

    /// <summary>session_start_limit.remaining announced by GET /gateway/bot.</summary>
    public int SessionStartRemaining { get; set; } = 999;

    /// <summary>session_start_limit.reset_after announced by GET /gateway/bot.</summary>
    public TimeSpan SessionStartResetAfter { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Sets a route's bucket limit.</summary>
    public void SetRateLimit(FakeRoute route, int limit, TimeSpan resetAfter, string? bucket = null) =>
        _limits.Set(route, new FakeBucketLimit(limit, resetAfter, bucket ?? route.ToString().ToLowerInvariant()));

    /// <summary>Answers the next <paramref name="count"/> requests to <paramref name="route"/> with <paramref name="fault"/>.</summary>
    public void FailNext(FakeRoute route, FakeFault fault, int count = 1)
    {
        var queue = _faults.GetOrAdd(route, _ => new ConcurrentQueue<FakeFault>());
        for (var i = 0; i < count; i++)
            queue.Enqueue(fault);
    }

    /// <summary>Channel messages that exist (a repeat with the same nonce is the same message).</summary>
    public int ChannelMessagesCreated => _created.Count;

    /// <summary>The commands the fake holds for a guild, or globally when null (what GET returns; PUT replaces it).</summary>
    public JsonArray Commands(ulong? guildId) =>
        _commands.TryGetValue(Scope(guildId), out var held) ? (JsonArray)held.DeepClone() : [];

    /// <summary>Sets what the fake holds, as if registered earlier (ids are added like Discord's).</summary>
    public void SetCommands(ulong? guildId, JsonArray commands) => _commands[Scope(guildId)] = WithIds(commands);

    private static string Scope(ulong? guildId) => guildId?.ToString(CultureInfo.InvariantCulture) ?? "global";

    /// <summary>
    /// When set, like Discord: a first callback arriving longer than this after the interaction was created
    /// (by its snowflake) is refused with 10062 "Unknown interaction". Off by default so a slow machine does
    /// not fail unrelated tests; the tests about the 3-s deadline switch it on.
    /// </summary>
    public TimeSpan? CallbackWindow { get; set; }

    /// <summary>
    /// Holds every request on <paramref name="route"/> before it is answered (or takes effect) until the
    /// hold is released: a slow Discord as an explicit gate, never as a duration. A request whose client
    /// gives up meanwhile is dropped unanswered.
    /// </summary>
    public FakeHold Hold(FakeRoute route)
    {
        var hold = new FakeHold(() => _holds.TryRemove(route, out _));
        if (!_holds.TryAdd(route, hold))
            throw new InvalidOperationException($"{route} is already held.");
        return hold;
    }

    internal async Task HandleAsync(HttpContext context, string path)
    {
        var (route, major) = Match(context.Request.Method, path);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var (json, files) = await ReadBodyAsync(context.Request);
        if (_holds.TryGetValue(route, out var held) && !await held.PassAsync(context.RequestAborted))
        {
            context.Abort();
            return;
        }

        var botRoute = route is not (FakeRoute.InteractionCallback or FakeRoute.EditOriginal or FakeRoute.CreateFollowup);
        int status;
        JsonNode? body;
        var scripted = false;
        var effective = false;
        if (route == FakeRoute.Unknown)
        {
            (status, body) = (404, Error(0, "404: Not Found"));
        }
        else if (botRoute && headers.GetValueOrDefault("Authorization") != "Bot " + _server.Token)
        {
            (status, body) = (401, Error(0, "401: Unauthorized"));
        }
        else if (_faults.TryGetValue(route, out var queue) && queue.TryDequeue(out var fault))
        {
            scripted = true;
            if (fault.ProcessFirst)
            {
                // The request takes effect; only the answer is lost (a 502 from a proxy, or a hang).
                var (realStatus, _) = Answer(route, path, json);
                effective = realStatus is >= 200 and < 300;
            }
            status = fault.Status;
            body = fault.Status == 429
                ? new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = fault.RetryAfter, ["global"] = fault.Global }
                : Error(fault.Code ?? 0, $"Fake error {fault.Code}");
            if (fault.Status == 429)
            {
                context.Response.Headers["Retry-After"] = Math.Ceiling(fault.RetryAfter).ToString(CultureInfo.InvariantCulture);
                if (fault.Global)
                    context.Response.Headers["X-RateLimit-Global"] = "true";
            }
            if (fault.Hang)
            {
                headers["X-Fake-Scripted"] = "true";
                Requests.Add(new RecordedRequest(route, context.Request.Method, path, headers, context.Request.ContentType, json, files, 0, _server.Time.GetUtcNow())
                {
                    MajorId = major,
                    Effective = effective,
                });
                // Held until the client gives up (its timeout, or the test stopping it).
                using var never = new FakeHold(() => { });
                await never.PassAsync(context.RequestAborted);
                context.Abort();
                return;
            }
        }
        else
        {
            var (limitHeaders, retryAfter, global) = _limits.Take(route, major, botRoute);
            foreach (var (k, v) in limitHeaders)
                context.Response.Headers[k] = v;
            if (retryAfter is { } wait)
            {
                headers["X-Fake-Global"] = global.ToString();
                status = 429;
                body = new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = wait, ["global"] = global };
                context.Response.Headers["Retry-After"] = Math.Ceiling(wait).ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                (status, body) = Answer(route, path, json);
                effective = status is >= 200 and < 300;
            }
        }

        if (scripted)
            headers["X-Fake-Scripted"] = "true";
        Requests.Add(new RecordedRequest(route, context.Request.Method, path, headers, context.Request.ContentType, json, files, status, _server.Time.GetUtcNow())
        {
            MajorId = major,
            Effective = effective,
        });
        context.Response.StatusCode = status;
        if (body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString());
        }
    }

    private (int, JsonNode?) Answer(FakeRoute route, string path, JsonElement? json)
    {
        var s = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (route)
        {
            case FakeRoute.InteractionCallback when CallbackWindow is { } window
                                                    && _server.Time.GetUtcNow() - FakeInteractions.CreationTime(ulong.Parse(s[1], CultureInfo.InvariantCulture)) > window:
                return (404, Error(10062, "Unknown interaction"));
            case FakeRoute.InteractionCallback:
                // Like Discord: one acknowledgement per interaction; a second is 40060.
                return _acknowledged.TryAdd(s[1], 0)
                    ? (204, null)
                    : (400, Error(40060, "Interaction has already been acknowledged."));
            case FakeRoute.BulkOverwriteGlobalCommands:
            case FakeRoute.BulkOverwriteGuildCommands:
                var scope = route == FakeRoute.BulkOverwriteGlobalCommands ? "global" : s[3];
                var stored = WithIds(json is { } arr ? (JsonArray)JsonNode.Parse(arr.GetRawText())! : []);
                _commands[scope] = stored;
                return (200, stored.DeepClone());
            case FakeRoute.GetGlobalCommands:
                return (200, _commands.TryGetValue("global", out var g) ? g.DeepClone() : new JsonArray());
            case FakeRoute.GetGuildCommands:
                return (200, _commands.TryGetValue(s[3], out var gc) ? gc.DeepClone() : new JsonArray());
            case FakeRoute.CreateMessage when json is { ValueKind: JsonValueKind.Object } j
                                              && j.TryGetProperty("nonce", out var nonce) && j.TryGetProperty("enforce_nonce", out var enforce) && enforce.ValueKind == JsonValueKind.True:
                // Like Discord: the same nonce in the same channel returns the message already created.
                var answer = AnswerMessage(route, path, json);
                var id = _nonces.GetOrAdd(s[1] + "/" + nonce.GetString(), answer.Item2!["id"]!.GetValue<string>());
                answer.Item2["id"] = id;
                _created.TryAdd(id, 0);
                return answer;
            case FakeRoute.CreateMessage:
                var plain = AnswerMessage(route, path, json);
                _created.TryAdd(plain.Item2!["id"]!.GetValue<string>(), 0);
                return plain;
            default:
                return AnswerMessage(route, path, json);
        }
    }

    private JsonArray WithIds(JsonArray commands)
    {
        foreach (var command in commands.OfType<JsonObject>())
        {
            command["id"] ??= NewId();
            command["application_id"] = _server.ApplicationId.ToString(CultureInfo.InvariantCulture);
            command["version"] = NewId();
            command["type"] ??= 1;
        }
        return commands;
    }

    private (int, JsonNode?) AnswerMessage(FakeRoute route, string path, JsonElement? json) => route switch
    {
        FakeRoute.GetGatewayBot => (200, new JsonObject
        {
            ["url"] = _server.GatewayUrl.ToString(),
            ["shards"] = 1,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = 1000, ["remaining"] = SessionStartRemaining,
                ["reset_after"] = (long)SessionStartResetAfter.TotalMilliseconds, ["max_concurrency"] = 1,
            },
        }),
        FakeRoute.CreateMessage or FakeRoute.CreateFollowup or FakeRoute.EditOriginal => (200, new JsonObject
        {
            ["id"] = NewId(),
            ["channel_id"] = path.Split('/')[1],
            ["content"] = json is { ValueKind: JsonValueKind.Object } j && j.TryGetProperty("content", out var c) ? c.GetString() : "",
        }),
        FakeRoute.CreateDm => (200, new JsonObject { ["id"] = NewId(), ["type"] = 1 }),
        FakeRoute.EditMessage => (200, new JsonObject { ["id"] = Segment(path, 3), ["channel_id"] = Segment(path, 1) }),
        FakeRoute.CreateScheduledEvent => ScheduledEvents.Create(Segment(path, 1), json, NewId),
        FakeRoute.DeleteScheduledEvent => ScheduledEvents.Delete(Segment(path, 3)),
        _ => (404, Error(0, "404: Not Found")),
    };

    private static string Segment(string path, int index) => path.Split('/', StringSplitOptions.RemoveEmptyEntries)[index];

    /// <summary>Snowflakes minted from the current time, like Discord's.</summary>
    private string NewId() =>
        (((ulong)(_server.Time.GetUtcNow().ToUnixTimeMilliseconds() - 1420070400000) << 22) | ((ulong)Interlocked.Increment(ref _next) & 0x3FFFFF))
            .ToString(CultureInfo.InvariantCulture);

    private static JsonObject Error(int code, string message) => new() { ["code"] = code, ["message"] = message };

    internal static (FakeRoute Route, string Major) Match(string method, string path)
    {
        var s = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (method, s) switch
        {
            ("GET", ["gateway", "bot"]) => (FakeRoute.GetGatewayBot, ""),
            ("POST", ["channels", var ch, "messages"]) => (FakeRoute.CreateMessage, ch),
            ("POST", ["users", "@me", "channels"]) => (FakeRoute.CreateDm, ""),
            ("PATCH", ["channels", var ch, "messages", _]) => (FakeRoute.EditMessage, ch),
            ("POST", ["guilds", var g, "scheduled-events"]) => (FakeRoute.CreateScheduledEvent, g),
            ("DELETE", ["guilds", var g, "scheduled-events", _]) => (FakeRoute.DeleteScheduledEvent, g),
            ("PUT", ["applications", var app, "commands"]) => (FakeRoute.BulkOverwriteGlobalCommands, app),
            ("PUT", ["applications", _, "guilds", var g, "commands"]) => (FakeRoute.BulkOverwriteGuildCommands, g),
            ("GET", ["applications", var app, "commands"]) => (FakeRoute.GetGlobalCommands, app),
            ("GET", ["applications", _, "guilds", var g, "commands"]) => (FakeRoute.GetGuildCommands, g),
            ("POST", ["interactions", var id, _, "callback"]) => (FakeRoute.InteractionCallback, id),
            ("PATCH", ["webhooks", var app, var token, "messages", "@original"]) => (FakeRoute.EditOriginal, app + ":" + token),
            ("POST", ["webhooks", var app, var token]) => (FakeRoute.CreateFollowup, app + ":" + token),
            _ => (FakeRoute.Unknown, ""),
        };
    }

    private static async Task<(JsonElement?, IReadOnlyList<RecordedFile>)> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            JsonElement? payload = form.TryGetValue("payload_json", out var p) ? JsonDocument.Parse(p.ToString()).RootElement.Clone() : null;
            var files = new List<RecordedFile>();
            foreach (var file in form.Files)
            {
                using var ms = new MemoryStream();
                await file.CopyToAsync(ms);
                files.Add(new RecordedFile(file.Name, file.FileName, ms.ToArray()));
            }
            return (payload, files);
        }
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return (text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : null, []);
    }
}
