using RunWell.Domain.Posts;

namespace RunWell.Domain.Ports;

/// <summary>The delivery worker's view of the outbox; changes to returned rows are saved with <see cref="IUnitOfWork"/>.</summary>
public interface IOutboxStore
{
    /// <summary>Pending rows due at <paramref name="nowUtc"/>, oldest first, tracked for update.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTime nowUtc, int max, CancellationToken ct);
}
