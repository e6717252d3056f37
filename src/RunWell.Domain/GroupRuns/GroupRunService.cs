using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Domain.GroupRuns;

/// <summary>
/// /grouprun create, list, cancel and reminders, and the RSVP buttons. Facts only: the bot's presenter
/// words every reply and post (through <see cref="IGroupRunCopy"/>).
/// </summary>
public sealed class GroupRunService(
    MembershipService membership,
    IGroupRunStore store,
    GroupRunPosts runPosts,
    IGroupRunPlatform platform,
    IGroupRunCopy copy,
    IGroupRunScheduler scheduler,
    IUnitOfWork unitOfWork,
    TimeProvider time)
{
    public async Task<GroupRunOutcome<GroupRunCreated>> CreateAsync(GroupRunCreateRequest request, CancellationToken ct)
    {
        var where = (request.Where ?? "").Trim();
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var minutes = request.Minutes ?? GroupRunLimits.DefaultMinutes;
        if (where.Length == 0)
        {
            return GroupRunProblem.WhereMissing;
        }

        if (where.Length > GroupRunLimits.LocationMaxLength)
        {
            return GroupRunProblem.WhereTooLong;
        }

        if (note is { Length: > GroupRunLimits.NoteMaxLength })
        {
            return GroupRunProblem.NoteTooLong;
        }

        if (minutes is < GroupRunLimits.MinMinutes or > GroupRunLimits.MaxMinutes)
        {
            return GroupRunProblem.MinutesOutOfRange;
        }

        var context = await membership.EnsureAsync(request.Who, ct);
        if (context.Club.ChannelId is not { } channel)
        {
            return GroupRunProblem.NoClubChannel;
        }

        if (context.Club.GroupRunsAdminsOnly && !request.CallerIsAdmin)
        {
            return GroupRunProblem.AdminsOnly;
        }

        if (await store.FindBySourceAsync(request.Who.GuildId, request.SourceId, ct) is { } replayed)
        {
            return new GroupRunCreated(replayed, runPosts.EventLink(replayed), Duplicate: true);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var when = FutureWhenParser.Parse(request.When, now, context.Zone, GroupRunLimits.MaxDaysAhead);
        if (!when.Ok)
        {
            return when.Error switch
            {
                FutureWhenError.InPast => GroupRunProblem.WhenInPast,
                FutureWhenError.TooFar => GroupRunProblem.WhenTooFar,
                _ => GroupRunProblem.WhenUnreadable,
            };
        }

        var run = new GroupRun
        {
            GuildId = request.Who.GuildId,
            ChannelId = channel,
            CreatorId = request.Who.UserId,
            CreatorName = request.Who.DisplayName,
            StartUtc = when.Utc!.Value,
            Minutes = minutes,
            TimeZoneId = context.Zone.Id,
            Location = where,
            Note = note,
            Weekly = request.Weekly,
            SourceId = request.SourceId,
            CreatedAtUtc = now,
        };
        store.Add(run);
        await unitOfWork.SaveChangesAsync(ct);

        await runPosts.EnsureEventAsync(run, request.BotPermissions, ct);
        await runPosts.EnsureAnnouncementAsync(run, ct);
        var reminder = GroupRunReminderPolicy.ReminderUtc(run.StartUtc, context.Zone);
        await scheduler.ScheduleAsync(run.Id, reminder > now ? reminder : null, run.EndUtc, ct);
        return new GroupRunCreated(run, runPosts.EventLink(run), Duplicate: false);
    }

    /// <summary>"I'm in" / "Can't make it": changeable until the run ends; returns the announcement's new view.</summary>
    public async Task<GroupRunOutcome<GroupRunView>> AnswerAsync(MemberRef who, long runId, RsvpAnswer answer, CancellationToken ct)
    {
        var run = await store.FindAsync(who.GuildId, runId, ct);
        if (Refusal(run) is { } problem)
        {
            return problem;
        }

        await membership.EnsureAsync(who, ct);
        var rsvp = await RsvpAsync(run!, who.UserId, ct);
        rsvp.Answer = answer;
        await unitOfWork.SaveChangesAsync(ct);
        return await runPosts.ViewAsync(run!, ct);
    }

    /// <summary>Discord's own "Interested" (the event's RSVP), counted beside the buttons' answers.</summary>
    public async Task InterestedAsync(ulong guildId, ulong eventId, ulong userId, bool interested, CancellationToken ct)
    {
        var run = await store.FindByEventAsync(guildId, eventId, ct);
        if (run is null)
        {
            return;
        }

        var rsvp = await RsvpAsync(run, userId, ct);
        rsvp.Interested = interested;
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<GroupRunView>> ListAsync(ulong guildId, CancellationToken ct)
    {
        var views = new List<GroupRunView>();
        foreach (var run in await store.ListUpcomingAsync(guildId, time.GetUtcNow().UtcDateTime, ct))
        {
            views.Add(await runPosts.ViewAsync(run, ct));
        }

        return views;
    }

    /// <summary>The runs this caller may cancel: their own, or any for an admin.</summary>
    public async Task<IReadOnlyList<GroupRun>> CancellableAsync(ulong guildId, ulong userId, bool isAdmin, CancellationToken ct) =>
        [.. (await store.ListUpcomingAsync(guildId, time.GetUtcNow().UtcDateTime, ct)).Where(r => isAdmin || r.CreatorId == userId)];

    public async Task<GroupRunOutcome<GroupRunCancelled>> CancelAsync(MemberRef who, bool isAdmin, long runId, CancellationToken ct)
    {
        var run = await store.FindAsync(who.GuildId, runId, ct);
        if (Refusal(run) is { } problem)
        {
            return problem;
        }

        if (run!.CreatorId != who.UserId && !isAdmin)
        {
            return GroupRunProblem.NotYours;
        }

        run.Status = GroupRunStatus.Cancelled;
        run.CancelledAtUtc = time.GetUtcNow().UtcDateTime;
        await unitOfWork.SaveChangesAsync(ct);
        await scheduler.UnscheduleAsync(run.Id, ct);
        if (run.EventId is { } eventId)
        {
            await platform.DeleteEventAsync(run.GuildId, eventId, ct);
        }

        var view = await runPosts.ViewAsync(run, ct);
        var edited = await store.FindAnnouncementMessageIdAsync(run.GuildId, run.Id, ct) is { } messageId
            && await platform.EditMessageAsync(run.GuildId, run.ChannelId, messageId, copy.CancelledAnnouncement(view), ct);

        // Only those who said "I'm in" hear about it; a member who closed DMs is simply skipped.
        var drafts = new List<OutboundDraft>();
        foreach (var userId in view.Going.Where(u => u != who.UserId))
        {
            drafts.Add(await runPosts.ToMemberAsync(run, userId, new GroupRunCancelledDirect(run), ct));
        }

        if (drafts.Count > 0)
        {
            await runPosts.RecordAsync(run.GuildId, PostKind.GroupRunCancelled, run.Id, drafts, ct);
        }

        return new GroupRunCancelled(run, drafts.Count, edited);
    }

    /// <summary>After a member's data was deleted: each upcoming run's announcement shows only the answers left.</summary>
    public async Task RefreshAnnouncementsAsync(ulong guildId, IReadOnlyList<long> runIds, CancellationToken ct)
    {
        foreach (var runId in runIds)
        {
            var run = await store.FindAsync(guildId, runId, ct);
            if (run is { Status: GroupRunStatus.Scheduled } && await store.FindAnnouncementMessageIdAsync(guildId, runId, ct) is { } messageId)
            {
                await platform.EditMessageAsync(guildId, run.ChannelId, messageId, copy.Announcement(await runPosts.ViewAsync(run, ct)), ct);
            }
        }
    }

    public async Task SetRemindersAsync(MemberRef who, bool on, CancellationToken ct)
    {
        var context = await membership.EnsureAsync(who, ct);
        context.Member.GroupRunRemindersOff = !on;
        await unitOfWork.SaveChangesAsync(ct);
    }

    private GroupRunProblem? Refusal(GroupRun? run) => run switch
    {
        null => GroupRunProblem.NotFound,
        { Status: GroupRunStatus.Cancelled } => GroupRunProblem.AlreadyCancelled,
        { Status: GroupRunStatus.Finished } => GroupRunProblem.AlreadyFinished,
        _ when run.EndUtc <= time.GetUtcNow().UtcDateTime => GroupRunProblem.AlreadyFinished,
        _ => null,
    };

    private async Task<GroupRunRsvp> RsvpAsync(GroupRun run, ulong userId, CancellationToken ct)
    {
        var rsvp = await store.FindRsvpAsync(run.Id, userId, ct);
        if (rsvp is null)
        {
            rsvp = new GroupRunRsvp { GroupRunId = run.Id, GuildId = run.GuildId, UserId = userId };
            store.AddRsvp(rsvp);
        }

        rsvp.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        return rsvp;
    }
}
