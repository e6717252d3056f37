using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Entries;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Posts;

namespace RunWell.Persistence.Stores;

internal sealed class GroupRunStore(RunWellDbContext db) : IGroupRunStore
{
    public void Add(GroupRun run) => db.GroupRuns.Add(run);

    public void AddRsvp(GroupRunRsvp rsvp) => db.GroupRunRsvps.Add(rsvp);

    public Task<GroupRun?> FindAsync(ulong guildId, long id, CancellationToken ct) =>
        db.GroupRuns.FirstOrDefaultAsync(r => r.GuildId == guildId && r.Id == id, ct);

    public Task<GroupRun?> FindByIdAsync(long id, CancellationToken ct) =>
        db.GroupRuns.FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<GroupRun?> FindBySourceAsync(ulong guildId, string sourceId, CancellationToken ct) =>
        db.GroupRuns.FirstOrDefaultAsync(r => r.GuildId == guildId && r.SourceId == sourceId, ct);

    public Task<GroupRun?> FindByEventAsync(ulong guildId, ulong eventId, CancellationToken ct) =>
        db.GroupRuns.FirstOrDefaultAsync(r => r.GuildId == guildId && r.EventId == eventId, ct);

    public Task<GroupRun?> FindRepeatOfAsync(long previousRunId, CancellationToken ct) =>
        db.GroupRuns.FirstOrDefaultAsync(r => r.PreviousRunId == previousRunId, ct);

    public async Task<IReadOnlyList<GroupRun>> ListUpcomingAsync(ulong guildId, DateTime nowUtc, CancellationToken ct)
    {
        // A run is at most 240 minutes long: filter on the start in SQL, on the end here.
        var earliestStart = nowUtc.AddMinutes(-GroupRunLimits.MaxMinutes);
        var runs = await db.GroupRuns
            .Where(r => r.GuildId == guildId && r.Status == GroupRunStatus.Scheduled && r.StartUtc > earliestStart)
            .OrderBy(r => r.StartUtc).ThenBy(r => r.Id)
            .ToListAsync(ct);
        return [.. runs.Where(r => r.EndUtc > nowUtc)];
    }

    public async Task<IReadOnlyList<GroupRun>> ListScheduledAsync(CancellationToken ct) =>
        await db.GroupRuns.Where(r => r.Status == GroupRunStatus.Scheduled).OrderBy(r => r.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<GroupRunRsvp>> ListRsvpsAsync(long runId, CancellationToken ct) =>
        await db.GroupRunRsvps.AsNoTracking().Where(r => r.GroupRunId == runId).OrderBy(r => r.Id).ToListAsync(ct);

    public Task<GroupRunRsvp?> FindRsvpAsync(long runId, ulong userId, CancellationToken ct) =>
        db.GroupRunRsvps.FirstOrDefaultAsync(r => r.GroupRunId == runId && r.UserId == userId, ct);

    public Task<RunLog?> FindAttendanceAsync(ulong guildId, ulong userId, long runId, CancellationToken ct) =>
        db.Runs.FirstOrDefaultAsync(r => r.GuildId == guildId && r.UserId == userId && r.GroupRunId == runId, ct);

    public async Task<ulong?> FindAnnouncementMessageIdAsync(ulong guildId, long runId, CancellationToken ct)
    {
        var key = GroupRunPosts.Key(runId);
        return await db.Outbox
            .Where(o => o.GuildId == guildId && o.Kind == PostKind.GroupRunAnnouncement && o.SentMessageId != null
                && db.ScheduledPosts.Any(p => p.Id == o.ScheduledPostId && p.PeriodKey == key))
            .Select(o => o.SentMessageId)
            .FirstOrDefaultAsync(ct);
    }
}
