using RunWell.Domain.Clubs;
using RunWell.Domain.Members;

namespace RunWell.Domain.Ports;

public interface IMemberStore
{
    Task<Member?> FindAsync(ulong guildId, ulong userId, CancellationToken ct);

    /// <summary>
    /// The club and the member in one round trip (what nearly every command starts with); either may be
    /// null when not stored yet (the member is always null when the club is).
    /// </summary>
    Task<(Club? Club, Member? Member)> FindWithClubAsync(ulong guildId, ulong userId, CancellationToken ct);

    /// <summary>Like <see cref="IClubStore.GetOrCreateAsync"/>: committed at once, safe against a concurrent insert.</summary>
    Task<Member> GetOrCreateAsync(ulong guildId, ulong userId, Func<Member> create, CancellationToken ct);

    /// <summary>The pause in force at <paramref name="utc"/>, if any.</summary>
    Task<Pause?> FindActivePauseAsync(ulong guildId, ulong userId, DateTime utc, CancellationToken ct);

    Task<IReadOnlyList<Pause>> ListPausesAsync(ulong guildId, ulong userId, DateTime fromUtc, CancellationToken ct);

    void AddPause(Pause pause);
}
