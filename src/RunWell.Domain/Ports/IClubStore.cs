using RunWell.Domain.Clubs;

namespace RunWell.Domain.Ports;

public interface IClubStore
{
    Task<Club?> FindAsync(ulong guildId, CancellationToken ct);

    /// <summary>
    /// Returns the club, inserting <paramref name="create"/>'s row first when there is none. The insert is
    /// committed at once and tolerates a concurrent insert of the same row (two first commands at once).
    /// </summary>
    Task<Club> GetOrCreateAsync(ulong guildId, Func<Club> create, CancellationToken ct);

    /// <summary>
    /// Has the unit of work save the changes made to <paramref name="club"/> from now on: needed, before the
    /// change, for a club from <see cref="IMemberStore.ReadWithClubAsync"/>; nothing for any other club.
    /// </summary>
    void Track(Club club);

    /// <summary>Clubs the bot is still in.</summary>
    Task<IReadOnlyList<Club>> ListActiveAsync(CancellationToken ct);
}
