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

        // A group run long past goes with everyone's answers to it; runs logged there stay (their link is cleared).
        var oldGroupRuns = db.GroupRuns.Where(r => r.GuildId == guildId && r.StartUtc < cutoffUtc);
        var groupRunRows = await db.GroupRunRsvps.Where(a => a.GuildId == guildId && oldGroupRuns.Any(r => r.Id == a.GroupRunId)).ExecuteDeleteAsync(ct);
        groupRunRows += await oldGroupRuns.ExecuteDeleteAsync(ct);

        // Stored posts and their keys outlive nothing else: catch-up never looks back more than a day,
        // and retention is at least 30 days.
        var outbox = await db.Outbox.Where(o => o.GuildId == guildId && o.CreatedAtUtc < cutoffUtc).ExecuteDeleteAsync(ct);
        var keys = await db.ScheduledPosts.Where(p => p.GuildId == guildId && p.CreatedAtUtc < cutoffUtc).ExecuteDeleteAsync(ct);

        // A member row with nothing left: no rows anywhere and no opt-in or choice that still does something.
        var members = await db.Members
            .Where(m => m.GuildId == guildId && m.CreatedAtUtc < cutoffUtc
                && !m.BuddyOptIn && !m.NudgeOptIn && !m.HiddenFromShoutOut && !m.CelebrateMilestones && m.PlanSlots == null && !m.GroupRunRemindersOff
                && !db.GroupRunRsvps.Any(a => a.GuildId == guildId && a.UserId == m.UserId)
                && !db.PlanReminders.Any(r => r.GuildId == guildId && r.UserId == m.UserId)
                && !db.Milestones.Any(x => x.GuildId == guildId && x.UserId == m.UserId)
                && !db.Runs.Any(r => r.GuildId == guildId && r.UserId == m.UserId)
                && !db.CheckIns.Any(c => c.GuildId == guildId && c.UserId == m.UserId)
                && !db.Pauses.Any(p => p.GuildId == guildId && p.UserId == m.UserId)
                && !db.BuddyAnswers.Any(a => a.GuildId == guildId && a.UserId == m.UserId)
                && !db.Nudges.Any(n => n.GuildId == guildId && n.UserId == m.UserId)
                && !db.BuddyGroupMembers.Any(s => s.UserId == m.UserId && db.BuddyGroups.Any(g => g.Id == s.GroupId && g.GuildId == guildId)))
            .ExecuteDeleteAsync(ct);

        await transaction.CommitAsync(ct);
        if (outbox + keys + members + runs + checkIns + groupRunRows > 0)
        {
            await Sqlite.SqliteErasure.CheckpointAsync(db, ct);
        }

        return new RetentionCounts(checkIns, runs, answers, nudges, pauses, groups, outbox, keys, members, groupRunRows);
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
        rows += await db.GroupRunRsvps.Where(a => a.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.GroupRuns.Where(r => r.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.Outbox.Where(o => o.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.ScheduledPosts.Where(p => p.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.Members.Where(m => m.GuildId == guildId).ExecuteDeleteAsync(ct);
        rows += await db.Clubs.Where(c => c.GuildId == guildId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        await Sqlite.SqliteErasure.CheckpointAsync(db, ct);
        return rows;
    }

    public async Task<int> CountEntriesBeforeAsync(ulong guildId, DateTime cutoffUtc, CancellationToken ct) =>
        await db.Runs.CountAsync(r => r.GuildId == guildId && r.AtUtc < cutoffUtc, ct)
        + await db.CheckIns.CountAsync(c => c.GuildId == guildId && c.AtUtc < cutoffUtc, ct);
}
