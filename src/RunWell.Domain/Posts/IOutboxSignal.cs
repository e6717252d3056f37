namespace RunWell.Domain.Posts;

/// <summary>
/// Wakes the delivery worker after new outbox rows were saved, so a post goes out at its slot rather
/// than at the worker's next poll. Without a scheduler (tests, tools) it does nothing.
/// </summary>
public interface IOutboxSignal
{
    Task NewMessagesSavedAsync(CancellationToken ct);
}

internal sealed class NoOutboxSignal : IOutboxSignal
{
    public Task NewMessagesSavedAsync(CancellationToken ct) => Task.CompletedTask;
}
