using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Ports;
using RunWell.Domain.Privacy;

namespace RunWell.Persistence.Stores;

/// <summary>Set-based deletes for retention and for servers the bot left; each method is its own transaction.</summary>
internal sealed class RetentionStore(RunWellDbContext db) : IRetentionStore
{
    public async Task<RetentionCounts> DeleteBeforeAsync(ulong guildId, DateTime cutoffUtc, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Runs before check-ins: a run's "before" link is cleared by the database when its check-in goes.
        var runs = await db.Runs.Where(r => r.GuildId == guildId && r.AtUtc < cutoffUtc).ExecuteDeleteAsync(ct);
        var checkIns = await db.CheckIns.Where(c => c.GuildId == guildId && c.AtUtc < cutoffUtc).ExecuteDeleteAsync(ct);
        var nudges = await db.Nudges.Where(n => n.GuildId == guildId && n.SentAtUtc < cutoffUtc).ExecuteDeleteAsync(ct);
        var pauses = await db.Pauses.Where(p => p.GuildId == guildId && p.EndUtc < cutoffUtc).ExecuteDeleteAsync(ct);

        // Answered or not, an old slot reminder is an old row about a member; its run (if kept) stands alone.
        await db.PlanReminders.Where(r => r.GuildId == guildId && r.CreatedAtUtc < cutoffUtc).ExecuteDeleteAsync(ct);

        // Old buddy weeks go whole (seats and answers with them); retention is at least 30 days,
        // longer than the 4 weeks pairing looks back to avoid repeats.
        var oldGroups = db.BuddyGroups.Where(g => g.GuildId == guildId && g.CreatedAtUtc < cutoffUtc);
        var answers = await db.BuddyAnswers
            .Where(a => a.GuildId == guildId && (a.AnsweredAtUtc < cutoffUtc || oldGroups.Any(g => g.Id == a.GroupId)))
            .ExecuteDeleteAsync(ct);
        await db.BuddyGroupMembers.Where(s => oldGroups.Any(g => g.Id == s.GroupId)).ExecuteDeleteAsync(ct);
        var groups = await oldGroups.ExecuteDeleteAsync(ct);

        await transaction.CommitAsync(ct);
        return new RetentionCounts(checkIns, runs, answers, nudges, pauses, groups);
    }

    public async Task<IReadOnlyList<ulong>> ListRemovedBeforeAsync(DateTime removedBeforeUtc, CancellationToken ct) =>
        await db.Clubs.Where(c => c.RemovedAtUtc != null && c.RemovedAtUtc < removedBeforeUtc)
            .Select(c => c.GuildId)
            .ToListAsync(ct);

    public async Task<int> PurgeServerAsync(ulong guildId, DateTime removedBeforeUtc, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stillRemoved = await db.Clubs.AnyAsync(c => c.GuildId == guildId && c.RemovedAtUtc != null && c.RemovedAtUtc < removedBeforeUtc, ct);
        if (!stillRemoved)
        {
            return 0;
        }

        // Table by table rather than trusting cascades, so nothing survives a missing foreign key.
        var groups = db.BuddyGroups.Where(g => g.GuildId == guildId);
        var rows = await db.Runs.Where(r => r.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.CheckIns.Where(c => c.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.BuddyAnswers.Where(a => a.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.BuddyGroupMembers.Where(s => groups.Any(g => g.Id == s.GroupId)).ExecuteDeleteAsync(ct);
        rows += await groups.ExecuteDeleteAsync(ct);
        rows += await db.Nudges.Where(n => n.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.Pauses.Where(p => p.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.PlanReminders.Where(r => r.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.Milestones.Where(m => m.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.Outbox.Where(o => o.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.ScheduledPosts.Where(p => p.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.Members.Where(m => m.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.Clubs.Where(c => c.GuildId == guildId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return rows;
    }
}
