using RunWell.Domain.Privacy;

namespace RunWell.Domain.Ports;

/// <summary>Bulk deletions for retention and removed servers; each call commits on its own.</summary>
public interface IRetentionStore
{
    /// <summary>Deletes a server's entries that happened before <paramref name="cutoffUtc"/>.</summary>
    Task<RetentionCounts> DeleteBeforeAsync(ulong guildId, DateTime cutoffUtc, CancellationToken ct);

    /// <summary>Servers the bot was removed from before <paramref name="removedBeforeUtc"/>.</summary>
    Task<IReadOnlyList<ulong>> ListRemovedBeforeAsync(DateTime removedBeforeUtc, CancellationToken ct);

    /// <summary>
    /// Deletes every row of a server, but only if it is still marked removed before
    /// <paramref name="removedBeforeUtc"/> (checked in the same transaction, so a re-add wins). Returns rows deleted.
    /// </summary>
    Task<int> PurgeServerAsync(ulong guildId, DateTime removedBeforeUtc, CancellationToken ct);

    /// <summary>How many entries (check-ins and runs) of a server happened before <paramref name="cutoffUtc"/>.</summary>
    Task<int> CountEntriesBeforeAsync(ulong guildId, DateTime cutoffUtc, CancellationToken ct);
}
