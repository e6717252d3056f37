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

    /// <summary>
    /// <see cref="FindWithClubAsync"/> for a command that seldom changes either row (logging an entry): the
    /// rows come back untracked, so the unit of work spends nothing on them when it saves, and a change to
    /// one is saved only if <see cref="Track"/> (or <see cref="IClubStore.Track"/>) was called on it before
    /// the change. When the scope already tracks rows, this is <see cref="FindWithClubAsync"/>, so that a
    /// row it holds comes back as the same instance and never as a second copy.
    /// </summary>
    Task<(Club? Club, Member? Member)> ReadWithClubAsync(ulong guildId, ulong userId, CancellationToken ct);

    /// <summary>
    /// Has the unit of work save the changes made to <paramref name="member"/> from now on: needed, before the
    /// change, for a member from <see cref="ReadWithClubAsync"/>; nothing for any other member.
    /// </summary>
    void Track(Member member);

    /// <summary>Like <see cref="IClubStore.GetOrCreateAsync"/>: committed at once, safe against a concurrent insert.</summary>
    Task<Member> GetOrCreateAsync(ulong guildId, ulong userId, Func<Member> create, CancellationToken ct);

    /// <summary>The pause in force at <paramref name="utc"/>, if any.</summary>
    Task<Pause?> FindActivePauseAsync(ulong guildId, ulong userId, DateTime utc, CancellationToken ct);

    Task<IReadOnlyList<Pause>> ListPausesAsync(ulong guildId, ulong userId, DateTime fromUtc, CancellationToken ct);

    void AddPause(Pause pause);
}
