using System.Buffers;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

// The floor for `bench interactions`: a /checkin bot with nothing but the essentials — parse the
// frame, one SQLite insert, one callback POST. Usage: RunWell.MinimalBot <api base url> <token> <db file>.
var api = args[0].TrimEnd('/') + "/";
using var http = new HttpClient { BaseAddress = new Uri(api) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", args[1]);

using var db = new SqliteConnection($"Data Source={args[2]}");
db.Open();
using (var setup = db.CreateCommand())
{
    setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " +
        "CREATE TABLE IF NOT EXISTS checkins (id INTEGER PRIMARY KEY, interaction TEXT UNIQUE, guild INTEGER, user INTEGER, mood INTEGER, stress INTEGER, energy INTEGER, at INTEGER)";
    setup.ExecuteNonQuery();
}

using var insert = db.CreateCommand();
insert.CommandText = "INSERT INTO checkins (interaction, guild, user, mood, stress, energy, at) VALUES ($i, $g, $u, $m, $s, $e, $at)";
foreach (var name in new[] { "$i", "$g", "$u", "$m", "$s", "$e", "$at" })
{
    insert.Parameters.Add(new SqliteParameter(name, null));
}

using var dbLock = new SemaphoreSlim(1, 1);
using var sendLock = new SemaphoreSlim(1, 1);
using var gateway = JsonDocument.Parse(await http.GetStringAsync(new Uri("gateway/bot", UriKind.Relative)));
using var ws = new ClientWebSocket();
await ws.ConnectAsync(new Uri(gateway.RootElement.GetProperty("url").GetString() + "?v=10&encoding=json"), CancellationToken.None);
var seq = 0L;
var buffer = new ArrayBufferWriter<byte>(64 * 1024);
while (ws.State == WebSocketState.Open)
{
    buffer.ResetWrittenCount();
    ValueWebSocketReceiveResult frame;
    do
    {
        frame = await ws.ReceiveAsync(buffer.GetMemory(16 * 1024), CancellationToken.None);
        buffer.Advance(frame.Count);
    }
    while (!frame.EndOfMessage);
    if (frame.MessageType == WebSocketMessageType.Close)
    {
        break;
    }

    // A copy: JsonDocument keeps referring to the bytes it parsed, and the buffer is reused for the next frame.
    var doc = JsonDocument.Parse(buffer.WrittenMemory.ToArray());
    var root = doc.RootElement;
    if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
    {
        Interlocked.Exchange(ref seq, s.GetInt64());
    }

    switch (root.GetProperty("op").GetInt32())
    {
        case 10:
            var interval = TimeSpan.FromMilliseconds(root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
            _ = Task.Run(async () =>
            {
                while (ws.State == WebSocketState.Open)
                {
                    await Task.Delay(interval, TimeProvider.System);
                    await SendAsync($$"""{"op":1,"d":{{Interlocked.Read(ref seq)}}}""");
                }
            });
            await SendAsync("""{"op":2,"d":{"token":""" + JsonSerializer.Serialize(args[1]) + ""","intents":1,"properties":{"os":"linux","browser":"minimal","device":"minimal"}}}""");
            doc.Dispose();
            break;
        case 0 when root.GetProperty("t").ValueEquals("INTERACTION_CREATE"):
            _ = Task.Run(() => HandleAsync(doc));
            break;
        default:
            doc.Dispose();
            break;
    }
}

async Task HandleAsync(JsonDocument doc)
{
    using (doc)
    {
        var d = doc.RootElement.GetProperty("d");
        var id = d.GetProperty("id").GetString()!;
        var options = d.GetProperty("data").GetProperty("options");
        long Option(string name) => options.EnumerateArray().First(o => o.GetProperty("name").ValueEquals(name)).GetProperty("value").GetInt64();
        await dbLock.WaitAsync();
        try
        {
            insert.Parameters["$i"].Value = id;
            insert.Parameters["$g"].Value = long.Parse(d.GetProperty("guild_id").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            insert.Parameters["$u"].Value = long.Parse(d.GetProperty("member").GetProperty("user").GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            insert.Parameters["$m"].Value = Option("mood");
            insert.Parameters["$s"].Value = Option("stress");
            insert.Parameters["$e"].Value = Option("energy");
            insert.Parameters["$at"].Value = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
            insert.ExecuteNonQuery();
        }
        finally
        {
            dbLock.Release();
        }

        using var body = new StringContent("""{"type":4,"data":{"content":"Check-in saved.","flags":64}}""", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri($"interactions/{id}/{d.GetProperty("token").GetString()}/callback", UriKind.Relative), body);
    }
}

async Task SendAsync(string json)
{
    await sendLock.WaitAsync();
    try
    {
        await ws.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
    }
    finally
    {
        sendLock.Release();
    }
}
