using System.Text.Json;
using RunWell.Domain.Messaging;

namespace RunWell.Domain.Posts;

/// <summary>
/// How a platform-neutral <see cref="Message"/> is kept in the outbox: JSON, so a restart can send
/// exactly what was drafted (files included, as base64) without drafting again.
/// </summary>
public static class OutboxPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Serialize(Message message) => JsonSerializer.Serialize(message, Options);

    public static Message Deserialize(string json) =>
        JsonSerializer.Deserialize<Message>(json, Options) ?? throw new InvalidOperationException("Empty outbox payload.");
}
