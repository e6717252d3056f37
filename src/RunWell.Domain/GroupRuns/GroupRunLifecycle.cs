using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Domain.GroupRuns;

/// <summary>
/// What the calendar does around each run (the Quartz jobs call only this): the reminder DM, "who came?"
/// after it, the next week's run for a weekly one, and, at start, putting every run back on the calendar.
/// Each step is recorded under the run's unique post key, so a restart or a second firing posts nothing twice.
/// </summary>
public sealed class GroupRunLifecycle(
    IGroupRunStore store,
    GroupRunPosts runPosts,
    IGroupRunPlatform platform,
    IGroupRunCopy copy,
    IClubStore clubs,
    IMemberStore members,
    IPostStore posts,
    IGroupRunScheduler scheduler,
    TimeProvider time)
{
    /// <returns>How many reminders were queued.</returns>
    public async Task<int> RemindAsync(long runId, CancellationToken ct)
    {
        var run = await store.FindByIdAsync(runId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (run is not { Status: GroupRunStatus.Scheduled } || now >= run.StartUtc)
        {
            return 0;
        }

        var club = await clubs.FindAsync(run.GuildId, ct);
        if (club is null || club.RemovedAtUtc is not null)
        {
            return 0;
        }

        var view = await runPosts.ViewAsync(run, ct);
        var drafts = new List<OutboundDraft>();
        foreach (var userId in view.Going)
        {
            var member = await members.FindAsync(run.GuildId, userId, ct);
            if (member is null || member.GroupRunRemindersOff
                || await members.FindActivePauseAsync(run.GuildId, userId, now, ct) is not null
                || GroupRunReminderPolicy.InQuietHours(now, MembershipService.ZoneOf(member, club)))
            {
                continue;
            }

            drafts.Add(OutboundDraft.ToMember(userId, new GroupRunReminderDirect(run), member.Language, fallback: null, fallbackLanguage: null));
        }

        return drafts.Count > 0 && await runPosts.RecordAsync(run.GuildId, PostKind.GroupRunReminder, run.Id, drafts, ct) ? drafts.Count : 0;
    }

    /// <summary>After the run: "who came?", and for a weekly run the next week's event and announcement.</summary>
    public async Task<GroupRun?> FinishAsync(long runId, CancellationToken ct)
    {
        var run = await store.FindByIdAsync(runId, ct);
        if (run is not { Status: GroupRunStatus.Scheduled })
        {
            return null;
        }

        var club = await clubs.FindAsync(run.GuildId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        run.Status = GroupRunStatus.Finished;
        GroupRun? next = null;
        if (run.Weekly && club is { RemovedAtUtc: null })
        {
            next = new GroupRun
            {
                GuildId = run.GuildId,
                ChannelId = club.ChannelId ?? run.ChannelId,
                CreatorId = run.CreatorId,
                CreatorName = run.CreatorName,
                StartUtc = GroupRunReminderPolicy.NextWeekUtc(run.StartUtc, run.Zone()),
                Minutes = run.Minutes,
                TimeZoneId = run.TimeZoneId,
                Location = run.Location,
                Note = run.Note,
                Weekly = true,
                PreviousRunId = run.Id,
                CreatedAtUtc = now,
            };
            store.Add(next);
        }

        // The finished status, the "who came?" post and the next run commit together, or not at all.
        if (!await runPosts.RecordAsync(run.GuildId, PostKind.GroupRunWhoCame, run.Id, [OutboundDraft.ToChannel(run.ChannelId, new GroupRunWhoCamePost(run), club?.Language)], ct))
        {
            return null;
        }

        // The announcement's answer buttons close with the run (best effort: a press after this is refused anyway).
        if (await store.FindAnnouncementMessageIdAsync(run.GuildId, run.Id, ct) is { } messageId)
        {
            await platform.EditMessageAsync(run.GuildId, run.ChannelId, messageId, copy.FinishedAnnouncement(await runPosts.ViewAsync(run, ct)), ct);
        }

        if (next is not null)
        {
            await PlanAsync(next, now, ct);
        }

        return next;
    }

    /// <summary>At start: every scheduled run gets its event, announcement and triggers back.</summary>
    public async Task<int> StartAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var planned = 0;
        foreach (var run in await store.ListScheduledAsync(ct))
        {
            ct.ThrowIfCancellationRequested();
            var club = await clubs.FindAsync(run.GuildId, ct);
            if (club is null || club.RemovedAtUtc is not null)
            {
                continue;
            }

            await PlanAsync(run, now, ct);
            planned++;
        }

        return planned;
    }

    private async Task PlanAsync(GroupRun run, DateTime now, CancellationToken ct)
    {
        await runPosts.EnsureEventAsync(run, botPermissions: null, ct);
        await runPosts.EnsureAnnouncementAsync(run, ct);

        // A reminder missed while the bot was down still goes if the run has not started and it is not
        // long overdue; one already recorded is never sent again (the post key).
        var reminder = GroupRunReminderPolicy.ReminderUtc(run.StartUtc, run.Zone());
        DateTime? remindAt = now < run.StartUtc && now - reminder < GroupRunLimits.ReminderCatchUp
            && !await posts.ExistsAsync(run.GuildId, PostKind.GroupRunReminder, GroupRunPosts.Key(run.Id), ct)
            ? (reminder > now ? reminder : now)
            : null;
        await scheduler.ScheduleAsync(run.Id, remindAt, run.EndUtc, ct);
    }
}
