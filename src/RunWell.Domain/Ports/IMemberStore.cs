using RunWell.Domain.Members;

namespace RunWell.Domain.Ports;

public interface IMemberStore
{
    Task<Member?> FindAsync(ulong guildId, ulong userId, CancellationToken ct);

    void Add(Member member);

    /// <summary>The pause in force at <paramref name="utc"/>, if any.</summary>
    Task<Pause?> FindActivePauseAsync(ulong guildId, ulong userId, DateTime utc, CancellationToken ct);

    Task<IReadOnlyList<Pause>> ListPausesAsync(ulong guildId, ulong userId, DateTime fromUtc, CancellationToken ct);

    void AddPause(Pause pause);
}
