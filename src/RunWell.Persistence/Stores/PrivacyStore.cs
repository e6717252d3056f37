using Microsoft.EntityFrameworkCore;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Domain.Privacy;

namespace RunWell.Persistence.Stores;

/// <summary>One member's rows in one server: every query filters on both ids, so no other server can leak in.</summary>
internal sealed class PrivacyStore(RunWellDbContext db) : IPrivacyStore
{
    public async Task<MemberData> LoadAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.GuildId == guildId && m.UserId == userId, ct);
        var pauses = await db.Pauses.AsNoTracking().Where(p => p.GuildId == guildId && p.UserId == userId).OrderBy(p => p.StartUtc).ToListAsync(ct);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.GuildId == guildId && c.UserId == userId).OrderBy(c => c.AtUtc).ToListAsync(ct);
        var runs = await db.Runs.AsNoTracking().Where(r => r.GuildId == guildId && r.UserId == userId).OrderBy(r => r.AtUtc).ToListAsync(ct);
        var answers = await db.BuddyAnswers.AsNoTracking().Where(a => a.GuildId == guildId && a.UserId == userId).OrderBy(a => a.AnsweredAtUtc).ToListAsync(ct);
        var nudges = await db.Nudges.AsNoTracking().Where(n => n.GuildId == guildId && n.UserId == userId).OrderBy(n => n.SentAtUtc).ToListAsync(ct);

        var groups = await db.BuddyGroups.AsNoTracking()
            .Where(g => g.GuildId == guildId && g.Members.Any(s => s.UserId == userId))
            .Include(g => g.Members)
            .OrderBy(g => g.WeekStart).ThenBy(g => g.Id)
            .ToListAsync(ct);
        var history = groups
            .Select(g => new BuddySeat(g.Id, g.WeekStart, [.. g.Members.Where(s => s.UserId != userId).OrderBy(s => s.Id).Select(s => s.UserId)]))
            .ToList();

        return new MemberData(member, pauses, checkIns, runs, history, answers, nudges)
        {
            PlanReminders = await db.PlanReminders.AsNoTracking().Where(r => r.GuildId == guildId && r.UserId == userId).OrderBy(r => r.Id).ToListAsync(ct),
            Milestones = await db.Milestones.AsNoTracking().Where(m => m.GuildId == guildId && m.UserId == userId).OrderBy(m => m.Id).ToListAsync(ct),
            GroupRunAnswers = await GroupRunAnswersAsync(guildId, userId, ct),
            GroupRunsCreated = await db.GroupRuns.AsNoTracking().Where(r => r.GuildId == guildId && r.CreatorId == userId).OrderBy(r => r.StartUtc).ToListAsync(ct),
        };
    }

    private async Task<IReadOnlyList<GroupRunAnswer>> GroupRunAnswersAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var rows = await db.GroupRunRsvps.AsNoTracking()
            .Where(a => a.GuildId == guildId && a.UserId == userId)
            .Join(db.GroupRuns, a => a.GroupRunId, r => r.Id, (a, r) => new { Answer = a, r.StartUtc, r.Location })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.StartUtc).Select(r => new GroupRunAnswer(r.Answer, r.StartUtc, r.Location))];
    }

    public async Task<MemberDeletion> DeleteAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // Children first, so the counts are ours rather than the database's cascades'.
        var runs = await db.Runs.Where(r => r.GuildId == guildId && r.UserId == userId).ExecuteDeleteAsync(ct);
        var checkIns = await db.CheckIns.Where(c => c.GuildId == guildId && c.UserId == userId).ExecuteDeleteAsync(ct);
        var pauses = await db.Pauses.Where(p => p.GuildId == guildId && p.UserId == userId).ExecuteDeleteAsync(ct);
        var answers = await db.BuddyAnswers.Where(a => a.GuildId == guildId && a.UserId == userId).ExecuteDeleteAsync(ct);
        var nudges = await db.Nudges.Where(n => n.GuildId == guildId && n.UserId == userId).ExecuteDeleteAsync(ct);
        var messages = await DeleteMessagesToAsync(guildId, userId, ct);
        var planRows = await db.PlanReminders.Where(r => r.GuildId == guildId && r.UserId == userId).ExecuteDeleteAsync(ct);
        planRows += await db.Milestones.Where(m => m.GuildId == guildId && m.UserId == userId).ExecuteDeleteAsync(ct);

        // Upcoming runs whose announcement names them (as coming or as who planned it): edited afresh once they are gone.
        var refresh = await db.GroupRuns
            .Where(r => r.GuildId == guildId && r.Status == GroupRunStatus.Scheduled
                && (r.CreatorId == userId || db.GroupRunRsvps.Any(a => a.GroupRunId == r.Id && a.UserId == userId && a.Answer == RsvpAnswer.Going)))
            .Select(r => r.Id)
            .ToListAsync(ct);
        var groupRunAnswers = await db.GroupRunRsvps.Where(a => a.GuildId == guildId && a.UserId == userId).ExecuteDeleteAsync(ct);

        // The club keeps the runs they created (others said "I'm in" to them); only who created them goes.
        var groupRunsAnonymised = await db.GroupRuns.Where(r => r.GuildId == guildId && r.CreatorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatorId, 0UL).SetProperty(r => r.CreatorName, ""), ct);

        // The partner keeps the week they shared; only this member's identity leaves the seat.
        var seats = await db.BuddyGroupMembers
            .Where(s => s.UserId == userId && db.BuddyGroups.Any(g => g.Id == s.GroupId && g.GuildId == guildId))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.UserId, (ulong?)null), ct);

        messages += await ForgetInGroupPostsAsync(guildId, userId, ct);

        var profiles = await db.Members.Where(m => m.GuildId == guildId && m.UserId == userId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        await Sqlite.SqliteErasure.CheckpointAsync(db, ct);
        return new MemberDeletion(profiles, pauses, checkIns, runs, answers, nudges, seats, messages)
        {
            PlanRows = planRows,
            GroupRunAnswers = groupRunAnswers,
            GroupRunsAnonymised = groupRunsAnonymised,
            GroupRunsToRefresh = refresh,
        };
    }

    /// <summary>
    /// Group posts (pairings, check-ins, summaries) stored in the outbox that name the member, sent or
    /// still waiting, are re-worded so they name someone, never them, and ping nobody for them. The copy
    /// stays because it is the club's record of what was posted: a preview of a completed week shows it,
    /// released mood figure included, instead of re-drafting a figure without the member (which,
    /// subtracted from the posted one, would give their value back); a group run's announcement must stay
    /// too, since its message id is how the run's later edits find it.
    /// </summary>
    private async Task<int> ForgetInGroupPostsAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var id = userId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var naming = await db.Outbox.Where(o => o.GuildId == guildId
            && (o.PayloadJson.Contains(id) || (o.FallbackPayloadJson != null && o.FallbackPayloadJson.Contains(id))))
            .ToListAsync(ct);
        foreach (var row in naming)
        {
            row.PayloadJson = Forget(row.PayloadJson, id);
            row.FallbackPayloadJson = row.FallbackPayloadJson is null ? null : Forget(row.FallbackPayloadJson, id);
        }

        await db.SaveChangesAsync(ct);
        return naming.Count;
    }

    /// <summary>A mention becomes "a member"; any other trace of the id (a ping list, a button) becomes 0.</summary>
    private static string Forget(string json, string id) =>
        json.Replace($"<@{id}>", "a member", StringComparison.Ordinal).Replace(id, "0", StringComparison.Ordinal);

    /// <summary>
    /// Nudge and plan-reminder post records for the member and every DM addressed to them, whatever its state: a sent
    /// nudge's text is still a row about them. Group posts (pairings, summaries) belong to the club and stay.
    /// </summary>
    private async Task<int> DeleteMessagesToAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var periodSuffix = NudgePolicy.PeriodKeyEnding(userId);
        var nudgePostIds = await db.ScheduledPosts
            .Where(p => p.GuildId == guildId && (p.Kind == PostKind.Nudge || p.Kind == PostKind.PlanReminder))
            .Where(p => p.PeriodKey.EndsWith(periodSuffix)
                || db.Outbox.Any(o => o.ScheduledPostId == p.Id && o.DirectMessageUserId == userId))
            .Select(p => p.Id)
            .ToListAsync(ct);

        var direct = await db.Outbox
            .Where(o => o.GuildId == guildId && (o.DirectMessageUserId == userId || (o.ScheduledPostId != null && nudgePostIds.Contains(o.ScheduledPostId.Value))))
            .ExecuteDeleteAsync(ct);
        var posts = await db.ScheduledPosts.Where(p => nudgePostIds.Contains(p.Id)).ExecuteDeleteAsync(ct);
        return direct + posts;
    }
}
