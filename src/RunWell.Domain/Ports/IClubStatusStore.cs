using RunWell.Domain.Clubs;

namespace RunWell.Domain.Ports;

/// <summary>Aggregates for /runwell status. Counts only: nothing here identifies or describes a member.</summary>
public interface IClubStatusStore
{
    Task<MemberCounts> CountMembersAsync(ulong guildId, DateTime nowUtc, CancellationToken ct);

    /// <summary>The latest run of each post kind that has run at least once.</summary>
    Task<IReadOnlyList<PostResult>> LastResultsAsync(ulong guildId, CancellationToken ct);
}
