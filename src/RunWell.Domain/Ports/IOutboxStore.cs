using RunWell.Domain.Posts;

namespace RunWell.Domain.Ports;

/// <summary>The delivery worker's view of the outbox; changes to returned rows are saved with <see cref="IUnitOfWork"/>.</summary>
public interface IOutboxStore
{
    /// <summary>Pending rows due at <paramref name="nowUtc"/>, oldest first, tracked for update.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListDueAsync(DateTime nowUtc, int max, CancellationToken ct);

    /// <summary>How much is waiting: pending rows, those already due, and when the oldest due one fell due.</summary>
    Task<OutboxBacklog> MeasureBacklogAsync(DateTime nowUtc, CancellationToken ct);
}

/// <param name="Pending">Rows not yet sent, failed or withdrawn (including retries and nudges held for the morning).</param>
/// <param name="Due">Pending rows whose time has come: what the delivery worker should be sending now.</param>
/// <param name="OldestDueAtUtc">When the longest-waiting due row fell due; null when none is due.</param>
public sealed record OutboxBacklog(int Pending, int Due, DateTime? OldestDueAtUtc);
