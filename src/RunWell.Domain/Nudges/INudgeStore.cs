using RunWell.Domain.Members;

namespace RunWell.Domain.Nudges;

/// <summary>The nudge sweep's database port.</summary>
public interface INudgeStore
{
    /// <summary>
    /// Members of the server who opted in, are not snoozed and have no pause in force at
    /// <paramref name="nowUtc"/>, filtered in SQL; tracked, because a nudge updates the member.
    /// Each comes with their <see cref="LastActivity"/>, all in one query for the server.
    /// </summary>
    Task<IReadOnlyList<NudgeCandidate>> ListCandidatesAsync(ulong guildId, DateTime nowUtc, CancellationToken ct);

    /// <summary>The same for several servers in one query, ordered by server then member.</summary>
    Task<IReadOnlyList<NudgeCandidate>> ListCandidatesAsync(IReadOnlyCollection<ulong> guildIds, DateTime nowUtc, CancellationToken ct);

    void AddLog(NudgeLog log);

    /// <summary>The member's latest nudge record still waiting for its delivery outcome (tracked).</summary>
    Task<NudgeLog?> FindPendingLogAsync(ulong guildId, ulong userId, CancellationToken ct);
}
