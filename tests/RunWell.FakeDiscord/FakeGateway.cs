using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace RunWell.FakeDiscord;

/// <summary>
/// The fake gateway: Hello, Identify → READY, Resume → replay + RESUMED, heartbeat ACKs, and knobs to
/// misbehave (stop acking, op 7, op 9, close codes, drops). One active connection at a time.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "SemaphoreSlim without AvailableWaitHandle needs no disposal.")]
public sealed class FakeGateway
{
    private readonly FakeDiscordServer _server;
    private readonly Lock _lock = new();

    // Like Discord, every dispatch reaches the session exactly once and in order: a dispatch made while
    // READY or a resume replay is being sent waits for it, then goes out live (never lost in between).
    private readonly SemaphoreSlim _order = new(1, 1);
    private readonly List<(int Seq, string Json)> _events = [];
    private Connection? _current;
    private string? _sessionId;
    private int _seq;
    private int _connections;
    private bool _invalidateOnResume;

    internal FakeGateway(FakeDiscordServer server) => _server = server;

    /// <summary>Every payload the client sent, in order.</summary>
    public Recorder<GatewayPayload> Received { get; } = new();

    /// <summary>Close codes the client sent (0 = dropped without a close frame).</summary>
    public Recorder<int> ClientCloses { get; } = new();

    /// <summary>
    /// Heartbeat interval announced in Hello: Discord's own 41.25 s by default. A short one makes a
    /// loaded test machine miss an ACK and reconnect (zombie detection) in tests that are not about
    /// heartbeats; those that are set it themselves.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41_250);

    /// <summary>When false, heartbeats go unanswered (to provoke zombie detection).</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>On resume, also replay this many events the client already had (duplicates).</summary>
    public int ReplayOverlap { get; set; }

    /// <summary>When set, every new connection is closed with this code straight away (to exercise backoff).</summary>
    public int? CloseNewConnectionsWith { get; set; }

    /// <summary>When set, new connections get no HELLO (a silent gateway).</summary>
    public bool WithholdHello { get; set; }

    /// <summary>When set, an Identify gets no READY.</summary>
    public bool WithholdReady { get; set; }

    /// <summary>Sends a raw text frame (e.g. not JSON) on the current connection.</summary>
    public Task SendRawAsync(string text) => Current()?.SendAsync(text) ?? Task.CompletedTask;

    /// <summary>Times at which connections were opened.</summary>
    public Recorder<DateTimeOffset> ConnectionTimes { get; } = new();

    /// <summary>The guilds READY lists (as unavailable guilds); by default the one guild fake interactions come from.</summary>
    public IReadOnlyList<ulong> ReadyGuildIds { get; set; } = [FakeInteractions.GuildId];

    /// <summary>Connections opened so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Connection numbers that were sent READY or RESUMED (dispatches to them are delivered from then on).</summary>
    public Recorder<int> ReadySent { get; } = new();

    /// <summary>Current session id (null before the first Identify).</summary>
    public string? SessionId
    {
        get { lock (_lock) return _sessionId; }
    }

    /// <summary>Makes the next Resume fail with op 9 d=false.</summary>
    public void InvalidateSessionOnNextResume()
    {
        lock (_lock) _invalidateOnResume = true;
    }

    /// <summary>
    /// When set, only about the newest N dispatches are kept for resume replay (Discord's own buffer
    /// is bounded too); long benchmarks set it so the fake does not grow.
    /// </summary>
    public int? ReplayBufferSize { get; set; }

    /// <summary>Sends (or, while disconnected, queues for replay) a dispatch; returns its sequence number.</summary>
    public async Task<int> DispatchAsync(string type, JsonNode data)
    {
        await _order.WaitAsync();
        try
        {
            string json;
            int seq;
            Connection? target;
            lock (_lock)
            {
                seq = ++_seq;
                json = new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = type, ["d"] = data.DeepClone() }.ToJsonString();
                _events.Add((seq, json));
                if (ReplayBufferSize is { } keep && _events.Count > 2 * keep)
                {
                    _events.RemoveRange(0, _events.Count - keep);
                }

                target = _current is { Ready: true } c ? c : null;
            }
            if (target is not null)
                await target.SendAsync(json);
            return seq;
        }
        finally
        {
            _order.Release();
        }
    }

    /// <summary>
    /// GUILD_SCHEDULED_EVENT_USER_ADD / _REMOVE. Discord sends them only to sessions identified with the
    /// GUILD_SCHEDULED_EVENTS intent (1 &lt;&lt; 16); so does the fake, returning -1 when it would not.
    /// </summary>
    public async Task<int> SendScheduledEventUserAsync(ulong guildId, ulong eventId, ulong userId, bool added)
    {
        var identify = Received.All.LastOrDefault(p => p.Op == 2);
        if (identify is null || (identify.D.GetProperty("intents").GetInt64() & (1 << 16)) == 0)
            return -1;
        return await DispatchAsync(added ? "GUILD_SCHEDULED_EVENT_USER_ADD" : "GUILD_SCHEDULED_EVENT_USER_REMOVE", new JsonObject
        {
            ["guild_scheduled_event_id"] = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["user_id"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["guild_id"] = guildId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Dispatches INTERACTION_CREATE (see <see cref="FakeInteractions"/>).</summary>
    public Task<int> SendInteractionAsync(JsonObject interaction) => DispatchAsync("INTERACTION_CREATE", interaction);

    /// <summary>op 1: ask the client to heartbeat now.</summary>
    public Task RequestHeartbeatAsync() => SendOpAsync(1, null);

    /// <summary>op 7: ask the client to reconnect and resume.</summary>
    public Task SendReconnectAsync() => SendOpAsync(7, null);

    /// <summary>op 9 with d = <paramref name="resumable"/>.</summary>
    public Task SendInvalidSessionAsync(bool resumable) => SendOpAsync(9, JsonValue.Create(resumable));

    /// <summary>Closes the current connection with a close code and waits for the client's close.</summary>
    public Task CloseAsync(int code, string reason = "fake close") => Current()?.CloseAsync(code, reason) ?? Task.CompletedTask;

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop() => Current()?.Abort();

    /// <summary>Waits until this many connections have been opened.</summary>
    public async Task WaitForConnectionsAsync(int count, TimeSpan? timeout = null)
    {
        var until = Task.Delay(timeout ?? TimeSpan.FromSeconds(10), TimeProvider.System);
        while (Connections < count)
        {
            if (until.IsCompleted)
                throw new TimeoutException($"Only {Connections} of {count} gateway connections were opened.");
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }
    }

    private Connection? Current()
    {
        lock (_lock) return _current;
    }

    private Task SendOpAsync(int op, JsonNode? d) =>
        Current()?.SendAsync(new JsonObject { ["op"] = op, ["d"] = d, ["s"] = null, ["t"] = null }.ToJsonString()) ?? Task.CompletedTask;

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        // The knobs are read before the connection is counted: a test that waits for Connections (or
        // ConnectionTimes) and then changes them must not change what this connection gets. Read after,
        // a stall of this thread let "withhold HELLO" be switched off before the first connection checked it.
        var refuseWith = CloseNewConnectionsWith;
        var withholdHello = WithholdHello;
        var connection = new Connection(Interlocked.Increment(ref _connections), socket, context);
        lock (_lock) _current = connection;
        ConnectionTimes.Add(_server.Time.GetUtcNow());
        if (refuseWith is { } code)
        {
            await connection.CloseAsync(code, "fake refuses");
            await DrainUntilClosedAsync(socket, context);
            return;
        }
        if (!withholdHello)
            await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatInterval.TotalMilliseconds }, ["s"] = null, ["t"] = null }.ToJsonString());
        var buffer = new byte[16384];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloses.Add((int?)result.CloseStatus ?? 0);
                    await connection.AnswerCloseAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure);
                    return;
                }
                await HandleAsync(connection, message.ToArray());
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            if (!connection.ClosedByServer)
                ClientCloses.Add(0);
        }
        finally
        {
            lock (_lock)
            {
                if (_current == connection)
                    _current = null;
            }
        }
    }

    private static async Task DrainUntilClosedAsync(WebSocket socket, HttpContext context)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var r = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (r.MessageType == WebSocketMessageType.Close)
                    return;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // Gone.
        }
    }

    private async Task HandleAsync(Connection connection, byte[] bytes)
    {
        using var doc = JsonDocument.Parse(bytes);
        var op = doc.RootElement.GetProperty("op").GetInt32();
        var d = doc.RootElement.TryGetProperty("d", out var dd) ? dd.Clone() : default;
        Received.Add(new GatewayPayload(op, d, connection.Number, _server.Time.GetUtcNow(), bytes.Length));
        switch (op)
        {
            case 1 when AckHeartbeats:
                await connection.SendAsync("""{"op":11,"d":null,"s":null,"t":null}""");
                break;
            case 2:
                if (d.GetProperty("token").GetString() != _server.Token)
                {
                    await connection.CloseAsync(4004, "Authentication failed.");
                    return;
                }
                if (!WithholdReady)
                    await InOrderAsync(() => IdentifyAsync(connection));
                break;
            case 6:
                await InOrderAsync(() => ResumeAsync(connection, d));
                break;
        }
    }

    private async Task InOrderAsync(Func<Task> send)
    {
        await _order.WaitAsync();
        try
        {
            await send();
        }
        finally
        {
            _order.Release();
        }
    }

    private async Task IdentifyAsync(Connection connection)
    {
        string ready;
        lock (_lock)
        {
            _sessionId = Guid.NewGuid().ToString("N");
            _events.Clear();
            _seq = 1;
            var payload = new JsonObject
            {
                ["op"] = 0, ["s"] = _seq, ["t"] = "READY",
                ["d"] = new JsonObject
                {
                    ["v"] = 10,
                    ["user"] = new JsonObject { ["id"] = _server.ApplicationId.ToString(), ["username"] = "RunWell", ["bot"] = true },
                    ["guilds"] = new JsonArray([.. ReadyGuildIds.Select(id => (JsonNode)new JsonObject { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unavailable"] = true })]),
                    ["session_id"] = _sessionId,
                    ["resume_gateway_url"] = _server.ResumeGatewayUrl.ToString(),
                    ["application"] = new JsonObject { ["id"] = _server.ApplicationId.ToString(), ["flags"] = 0 },
                },
            };
            ready = payload.ToJsonString();
            _events.Add((_seq, ready));
        }
        await connection.SendAsync(ready);
        connection.Ready = true;
        ReadySent.Add(connection.Number);
    }

    private async Task ResumeAsync(Connection connection, JsonElement d)
    {
        List<string> replay;
        lock (_lock)
        {
            var ok = !_invalidateOnResume && d.GetProperty("token").GetString() == _server.Token
                     && d.GetProperty("session_id").GetString() == _sessionId;
            _invalidateOnResume = false;
            if (!ok)
            {
                replay = [];
            }
            else
            {
                var from = (d.TryGetProperty("seq", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : 0) - ReplayOverlap;
                replay = _events.Where(e => e.Seq > from && !e.Json.Contains("\"READY\"", StringComparison.Ordinal)).Select(e => e.Json).ToList();
                var seq = ++_seq;
                var resumed = new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = "RESUMED", ["d"] = new JsonObject() }.ToJsonString();
                _events.Add((seq, resumed));
                replay.Add(resumed);
            }
        }
        if (replay.Count == 0)
        {
            await connection.SendAsync("""{"op":9,"d":false,"s":null,"t":null}""");
            return;
        }
        foreach (var json in replay)
            await connection.SendAsync(json);
        connection.Ready = true;
        ReadySent.Add(connection.Number);
    }

    // The semaphore is never waited on with a timeout, so it holds no wait handle worth disposing.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "SemaphoreSlim without AvailableWaitHandle needs no disposal.")]
    private sealed class Connection(int number, WebSocket socket, HttpContext context)
    {
        private readonly SemaphoreSlim _send = new(1, 1);

        public int Number { get; } = number;
        public volatile bool Ready;
        public volatile bool ClosedByServer;

        public async Task SendAsync(string json)
        {
            await _send.WaitAsync();
            try
            {
                if (socket.State == WebSocketState.Open)
                    await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
            {
                // The client went away; the receive loop notices.
            }
            finally
            {
                _send.Release();
            }
        }

        public async Task CloseAsync(int code, string reason)
        {
            ClosedByServer = true;
            await _send.WaitAsync();
            try
            {
                if (socket.State == WebSocketState.Open)
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
            {
                // The connection ended between the state check and the write (Kestrel reports a completed
                // response as a cancelled write): nothing is left to close.
                context.Abort();
            }
            finally
            {
                _send.Release();
            }
        }

        /// <summary>Completes a client-initiated close handshake so the client's CloseAsync returns at once.</summary>
        public async Task AnswerCloseAsync(WebSocketCloseStatus status)
        {
            await _send.WaitAsync();
            try
            {
                if (socket.State == WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync(status, "bye", CancellationToken.None);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException)
            {
                // Already gone.
            }
            finally
            {
                _send.Release();
            }
        }

        public void Abort()
        {
            ClosedByServer = true;
            context.Abort();
        }
    }
}
