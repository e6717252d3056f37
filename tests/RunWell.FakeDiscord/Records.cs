using System.Text.Json;

namespace RunWell.FakeDiscord;

/// <summary>REST routes the fake serves.</summary>
public enum FakeRoute
{
    /// <summary>Not a known route (404).</summary>
    Unknown,
    /// <summary>GET /gateway/bot.</summary>
    GetGatewayBot,
    /// <summary>POST /channels/{channel_id}/messages.</summary>
    CreateMessage,
    /// <summary>POST /users/@me/channels.</summary>
    CreateDm,
    /// <summary>PUT /applications/{app}/commands.</summary>
    BulkOverwriteGlobalCommands,
    /// <summary>PUT /applications/{app}/guilds/{guild}/commands.</summary>
    BulkOverwriteGuildCommands,
    /// <summary>POST /interactions/{id}/{token}/callback.</summary>
    InteractionCallback,
    /// <summary>PATCH /webhooks/{app}/{token}/messages/@original.</summary>
    EditOriginal,
    /// <summary>POST /webhooks/{app}/{token}.</summary>
    CreateFollowup,
    /// <summary>PATCH /channels/{channel_id}/messages/{message_id}.</summary>
    EditMessage,
    /// <summary>POST /guilds/{guild_id}/scheduled-events.</summary>
    CreateScheduledEvent,
    /// <summary>DELETE /guilds/{guild_id}/scheduled-events/{event_id}.</summary>
    DeleteScheduledEvent,
    /// <summary>GET /applications/{app}/commands.</summary>
    GetGlobalCommands,
    /// <summary>GET /applications/{app}/guilds/{guild}/commands.</summary>
    GetGuildCommands,
}

/// <summary>An uploaded file part.</summary>
public sealed record RecordedFile(string PartName, string FileName, byte[] Bytes);

/// <summary>One REST request the fake received, with what it answered.</summary>
public sealed record RecordedRequest(
    FakeRoute Route,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    JsonElement? Json,
    IReadOnlyList<RecordedFile> Files,
    int Status,
    DateTimeOffset At)
{
    /// <summary>The major id in the path (channel id, guild id, or interaction id).</summary>
    public string? MajorId { get; init; }

    /// <summary>
    /// Whether the request took effect on the fake's side (a message exists, an interaction is
    /// acknowledged), whatever the answer said: a "process, then fail" fault answers 502 or hangs after.
    /// </summary>
    public bool Effective { get; init; }

    /// <summary>Header value or null (case-insensitive name).</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

/// <summary>One gateway payload the fake received from the client.</summary>
/// <param name="Connection">1-based number of the WebSocket connection it arrived on.</param>
public sealed record GatewayPayload(int Op, JsonElement D, int Connection, DateTimeOffset At, int Bytes);
