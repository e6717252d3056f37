using RunWell.Domain.Privacy;

namespace RunWell.Domain.Ports;

/// <summary>One member's rows in one server, for export and erasure. Never reaches across servers.</summary>
public interface IPrivacyStore
{
    Task<MemberData> LoadAsync(ulong guildId, ulong userId, CancellationToken ct);

    /// <summary>Deletes (and anonymises buddy seats) in one transaction, immediately: not through the unit of work.</summary>
    Task<MemberDeletion> DeleteAsync(ulong guildId, ulong userId, CancellationToken ct);
}
