using RunWell.Domain.Clubs;

namespace RunWell.Domain.Ports;

public interface IClubStore
{
    Task<Club?> FindAsync(ulong guildId, CancellationToken ct);

    /// <summary>Adds a new club to the unit of work (not yet saved).</summary>
    void Add(Club club);

    /// <summary>Clubs the bot is still in.</summary>
    Task<IReadOnlyList<Club>> ListActiveAsync(CancellationToken ct);
}
