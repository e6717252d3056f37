namespace RunWell.Domain.Ports;

/// <summary>Bulk pause queries for jobs that sweep a whole server (pairing, check-ins, nudges).</summary>
public interface IPauseStore
{
    /// <summary>Members of the server with a pause in force at <paramref name="atUtc"/>.</summary>
    Task<IReadOnlySet<ulong>> ListPausedUserIdsAsync(ulong guildId, DateTime atUtc, CancellationToken ct);
}
