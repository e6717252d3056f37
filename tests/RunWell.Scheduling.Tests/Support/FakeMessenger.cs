using System.Collections.Concurrent;
using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;

namespace RunWell.Scheduling.Tests.Support;

/// <summary>One send as the messenger saw it.</summary>
public sealed record Sent(ulong? ChannelId, ulong? UserId, Message Message, string DeliveryKey);

/// <summary>A hand-written messenger: records every send and answers from a script (default: Sent).</summary>
public sealed class FakeMessenger : IOutboundMessenger
{
    private readonly ConcurrentQueue<SendStatus> _script = new();
    private long _ids = 5000;

    public ConcurrentQueue<Sent> Sends { get; } = new();

    /// <summary>Like Discord: a repeat of a delivery key is dropped for two minutes.</summary>
    public TimeSpan RepeatGuardWindow { get; } = TimeSpan.FromMinutes(2);

    /// <summary>Users whose DMs are closed.</summary>
    public HashSet<ulong> ClosedDms { get; } = [];

    public void Then(params SendStatus[] results)
    {
        foreach (var result in results)
        {
            _script.Enqueue(result);
        }
    }

    public Task<SendResult> SendToChannelAsync(ulong guildId, ulong channelId, Message message, string deliveryKey, CancellationToken ct) =>
        Task.FromResult(Answer(new Sent(channelId, null, message, deliveryKey)));

    public Task<SendResult> SendDirectAsync(ulong guildId, ulong userId, Message message, string deliveryKey, CancellationToken ct) =>
        Task.FromResult(ClosedDms.Contains(userId)
            ? Record(new Sent(null, userId, message, deliveryKey), new SendResult(SendStatus.DirectMessagesClosed, Detail: "50007"))
            : Answer(new Sent(null, userId, message, deliveryKey)));

    private SendResult Answer(Sent sent)
    {
        var status = _script.TryDequeue(out var scripted) ? scripted : SendStatus.Sent;
        return Record(sent, status == SendStatus.Sent
            ? new SendResult(SendStatus.Sent, (ulong)Interlocked.Increment(ref _ids))
            : new SendResult(status, Detail: status.ToString()));
    }

    private SendResult Record(Sent sent, SendResult result)
    {
        Sends.Enqueue(sent);
        return result;
    }
}
