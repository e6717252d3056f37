using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace RunWell.Discord.Gateway;

/// <summary>The three payloads the bot sends, written directly so the token never passes through a model's ToString.</summary>
internal static class GatewayPayloads
{
    public static byte[] Heartbeat(int? sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Heartbeat);
        if (sequence is { } s)
            w.WriteNumber("d", s);
        else
            w.WriteNull("d");
    });

    public static byte[] Identify(string token, int intents, (int Id, int Count)? shard = null) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Identify);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteNumber("intents", intents);
        if (shard is { } s)
        {
            // Discord routes guild g to shard (g >> 22) % count; DMs go to shard 0.
            w.WriteStartArray("shard");
            w.WriteNumberValue(s.Id);
            w.WriteNumberValue(s.Count);
            w.WriteEndArray();
        }
        w.WriteStartObject("properties");
        w.WriteString("os", OperatingSystemName());
        w.WriteString("browser", "RunWell");
        w.WriteString("device", "RunWell");
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, int? sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Resume);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s)
            w.WriteNumber("seq", s);
        else
            w.WriteNull("seq");
        w.WriteEndObject();
    });

    private static string OperatingSystemName() =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
        : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "windows"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "macos"
        : "unknown";

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
