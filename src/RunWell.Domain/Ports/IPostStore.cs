using RunWell.Domain.Posts;

namespace RunWell.Domain.Ports;

/// <summary>
/// Records group posts and their outbox rows. The unique (server, kind, period) key in the database is
/// the once-only guarantee: whatever a job or a restart does, a second record for a period is refused.
/// </summary>
public interface IPostStore
{
    /// <summary>Whether a post of this kind was recorded at or after <paramref name="sinceUtc"/> (catch-up checks).</summary>
    Task<bool> HasPostSinceAsync(ulong guildId, PostKind kind, DateTime sinceUtc, CancellationToken ct);

    Task<bool> ExistsAsync(ulong guildId, PostKind kind, string periodKey, CancellationToken ct);

    /// <summary>
    /// What was recorded for a post, exactly as it went (or will go) out: its messages in order, or
    /// null when the period was never posted.
    /// </summary>
    Task<IReadOnlyList<StoredMessage>?> FindMessagesAsync(ulong guildId, PostKind kind, string periodKey, CancellationToken ct);

    /// <summary>Adds the post and its outbox rows to the unit of work, linked, without saving.</summary>
    void Add(ScheduledPost post, IReadOnlyList<OutboxMessage> messages);

    /// <summary>
    /// Saves the whole unit of work in one transaction. False when the period was already recorded
    /// (a unique violation): then nothing of this unit of work is saved and its changes are discarded.
    /// </summary>
    Task<bool> TrySaveNewAsync(CancellationToken ct);
}

/// <summary>One stored message of a recorded post: the serialized message and whether it went out yet.</summary>
public sealed record StoredMessage(string PayloadJson, OutboxStatus Status);
