using System.Text.Json;
using RunWell.Discord.Gateway;
using RunWell.Discord.Json;
using RunWell.Discord.Rest;

namespace RunWell.Discord;

/// <summary>
/// The client's own share of a host's start-up warm-up: the two ends of an interaction that the host's
/// handler does not reach. Reading an INTERACTION_CREATE frame and building a callback body are a
/// first-time cost (JSON reader and serializer paths, their tier-1 compilation) that the first members
/// after a start otherwise pay. Nothing is queued and nothing is sent: no socket or HTTP client is touched.
/// </summary>
public static class DiscordWarmUp
{
    /// <summary>Reads a whole gateway frame carrying INTERACTION_CREATE as the gateway reader does, without queueing it.</summary>
    public static DiscordInteraction ReadInteractionCreate(ReadOnlyMemory<byte> frame)
    {
        using var doc = JsonDocument.Parse(frame);
        var root = doc.RootElement;
        if (root.GetProperty("op").GetInt32() != (int)GatewayOpcode.Dispatch || root.GetProperty("t").GetString() != "INTERACTION_CREATE")
            throw new ArgumentException("Not an INTERACTION_CREATE dispatch.", nameof(frame));
        return InteractionParser.Parse(root.GetProperty("d"));
    }

    /// <summary>Builds the callback request body for <paramref name="response"/> as the REST client does; returns its length in bytes.</summary>
    public static async Task<long> BuildCallbackBodyAsync(InteractionResponse response, CancellationToken ct)
    {
        var wire = MessageContent.Callback(response, new List<string>());
        using var content = MessageContent.Message(wire, DiscordJsonContext.Default.WireCallback, response.Message?.Files ?? []).CreateContent();
        return (await content.ReadAsByteArrayAsync(ct)).Length;
    }
}
