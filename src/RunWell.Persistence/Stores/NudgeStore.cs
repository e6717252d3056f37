using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;

namespace RunWell.Persistence.Stores;

internal sealed class NudgeStore(RunWellDbContext db) : INudgeStore
{
    /// <summary>
    /// One statement for the whole server: each candidate with the newest of their check-ins, runs and
    /// buddy answers as three correlated MAX subqueries, each one seek at the end of a
    /// (GuildId, UserId, AtUtc / AnsweredAtUtc) index (checked in NudgeCandidateStoreTests).
    /// </summary>
    public Task<IReadOnlyList<NudgeCandidate>> ListCandidatesAsync(ulong guildId, DateTime nowUtc, CancellationToken ct) =>
        ReadAsync(db.Members.Where(m => m.GuildId == guildId), nowUtc, ct);

    /// <summary>
    /// The sweep's read: the same statement for a batch of servers, so a sweep over thousands of servers
    /// makes a handful of statements instead of one per server (at start-up it competed with the outbox
    /// and the gateway for the first seconds).
    /// </summary>
    public Task<IReadOnlyList<NudgeCandidate>> ListCandidatesAsync(IReadOnlyCollection<ulong> guildIds, DateTime nowUtc, CancellationToken ct) =>
        ReadAsync(db.Members.Where(m => guildIds.Contains(m.GuildId)), nowUtc, ct);

    private async Task<IReadOnlyList<NudgeCandidate>> ReadAsync(IQueryable<Member> members, DateTime nowUtc, CancellationToken ct)
    {
        var paused = Pause.ActiveAt(nowUtc);
        var rows = await members
            .Where(m => m.NudgeOptIn
                && (m.NudgeSnoozedUntilUtc == null || m.NudgeSnoozedUntilUtc <= nowUtc)
                && !db.Pauses.Where(paused).Any(p => p.GuildId == m.GuildId && p.UserId == m.UserId))
            .OrderBy(m => m.GuildId).ThenBy(m => m.UserId)
            .Select(m => new
            {
                Member = m,
                CheckIn = db.CheckIns.Where(c => c.GuildId == m.GuildId && c.UserId == m.UserId).Max(c => (DateTime?)c.AtUtc),
                Run = db.Runs.Where(r => r.GuildId == m.GuildId && r.UserId == m.UserId).Max(r => (DateTime?)r.AtUtc),
                Answer = db.BuddyAnswers.Where(a => a.GuildId == m.GuildId && a.UserId == m.UserId).Max(a => (DateTime?)a.AnsweredAtUtc),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new NudgeCandidate(r.Member, LastActivity.Latest(r.CheckIn, r.Run, r.Answer)))];
    }

    public void AddLog(NudgeLog log) => db.Nudges.Add(log);

    public Task<NudgeLog?> FindPendingLogAsync(ulong guildId, ulong userId, CancellationToken ct) =>
        db.Nudges
            .Where(n => n.GuildId == guildId && n.UserId == userId && n.Delivery == NudgeDelivery.Pending)
            .OrderByDescending(n => n.Id)
            .FirstOrDefaultAsync(ct);
}
