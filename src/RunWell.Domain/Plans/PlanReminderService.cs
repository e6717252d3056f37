using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Domain.Plans;

/// <summary>What a reminder's firing did (for logs and tests; never who or why in any detail).</summary>
public enum PlanReminderResult
{
    Sent,
    NoPlan,
    NotDue,
    TooLate,
    QuietHours,
    Paused,
    AlreadyRan,
    AlreadySent,
}

/// <summary>
/// Slot reminders. Each member with reminders on has one pending firing at their next reminder instant
/// (<see cref="PlanSchedule.NextReminder"/>); each firing sends (or skips) and plans the next. Exact to the
/// minute, DST-correct, and it scales with the members who asked rather than with every member every few
/// minutes, unlike a sweep. Every DM is a <see cref="ScheduledPost"/> keyed by the member's local date, so
/// a repeated firing, a restart or a second node cannot send twice, and a member gets at most one a day.
/// </summary>
public sealed class PlanReminderService(
    IPlanStore plans,
    IMemberStore members,
    IClubStore clubs,
    IEntryStore entries,
    IPostStore posts,
    PostRecorder recorder,
    IOutboxSignal signal,
    IPlanReminderScheduler scheduler,
    TimeProvider time)
{
    /// <summary>How late (a stalled process, a restart) a reminder may still go: after that it would confuse.</summary>
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromHours(1);

    /// <summary>At start: put every member's next reminder on the calendar, catching up one that fell due just now.</summary>
    public async Task<int> StartAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var planned = 0;
        foreach (var (guildId, userId) in await plans.ListWithRemindersAsync(ct))
        {
            ct.ThrowIfCancellationRequested();

            // A reminder that fell due during a short downtime is sent now; its once-only key makes that
            // harmless if it had in fact gone out just before the restart.
            if (await NextAsync(guildId, userId, now - CatchUpWindow, ct) is { } missed && missed <= now)
            {
                await FireAsync(guildId, userId, missed, ct);
            }
            else if (await NextAsync(guildId, userId, now, ct) is { } next)
            {
                await scheduler.ScheduleAsync(guildId, userId, next, ct);
            }

            planned++;
        }

        return planned;
    }

    /// <summary>After a change of zone (the member's or the server's): move the pending reminder(s) at once.</summary>
    public async Task ReplanAsync(ulong guildId, ulong? userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var who = userId is { } one ? [(guildId, one)] : await plans.ListWithRemindersAsync(ct, guildId);
        foreach (var (guild, user) in who)
        {
            if (await NextAsync(guild, user, now, ct) is { } next)
            {
                await scheduler.ScheduleAsync(guild, user, next, ct);
            }
            else
            {
                await scheduler.UnscheduleAsync(guild, user, ct);
            }
        }
    }

    /// <summary>A member's reminder firing: send it if it is still right to, then plan the next one.</summary>
    public async Task<PlanReminderResult> FireAsync(ulong guildId, ulong userId, DateTime sendUtc, CancellationToken ct)
    {
        var result = await SendAsync(guildId, userId, sendUtc, ct);

        // From the later of the slot and now: a late firing must not plan a reminder that already passed.
        var now = time.GetUtcNow().UtcDateTime;
        if (await NextAsync(guildId, userId, sendUtc > now ? sendUtc : now, ct) is { } next)
        {
            await scheduler.ScheduleAsync(guildId, userId, next, ct);
        }
        else
        {
            await scheduler.UnscheduleAsync(guildId, userId, ct);
        }

        return result;
    }

    private async Task<DateTime?> NextAsync(ulong guildId, ulong userId, DateTime afterUtc, CancellationToken ct)
    {
        var (member, zone) = await LoadAsync(guildId, userId, ct);
        return member is null ? null : PlanSchedule.NextReminder(PlanSlotsText.Decode(member.PlanSlots), member.PlanEveningBefore, zone!, afterUtc)?.SendUtc;
    }

    private async Task<PlanReminderResult> SendAsync(ulong guildId, ulong userId, DateTime sendUtc, CancellationToken ct)
    {
        var (member, zone) = await LoadAsync(guildId, userId, ct);
        if (member is null)
        {
            return PlanReminderResult.NoPlan;
        }

        // The plan may have changed since this firing was planned; then it is not a reminder any more.
        if (PlanSchedule.ReminderAt(PlanSlotsText.Decode(member.PlanSlots), member.PlanEveningBefore, zone!, sendUtc) is not { } reminder)
        {
            return PlanReminderResult.NotDue;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (now - sendUtc > CatchUpWindow)
        {
            return PlanReminderResult.TooLate;
        }

        var local = LocalClock.ToLocal(now, zone!);
        if (PlanSchedule.InQuietHours(TimeOnly.FromDateTime(local)))
        {
            return PlanReminderResult.QuietHours;
        }

        var pause = await members.FindActivePauseAsync(guildId, userId, now, ct);
        if (pause is { KeepSlots: false })
        {
            return PlanReminderResult.Paused;
        }

        var ranSince = await entries.ListRunDatesAsync(guildId, userId, reminder.SlotDate, ct);
        if (ranSince.Contains(reminder.SlotDate))
        {
            return PlanReminderResult.AlreadyRan;
        }

        var key = PlanSchedule.PeriodKey(DateOnly.FromDateTime(local), userId);
        if (await posts.ExistsAsync(guildId, PostKind.PlanReminder, key, ct))
        {
            return PlanReminderResult.AlreadySent;
        }

        var facts = new PlanReminderFacts(guildId, userId, reminder, member.PlanMinutes, SuggestWalk: pause is not null);
        plans.AddReminder(new PlanReminder
        {
            GuildId = guildId,
            UserId = userId,
            SlotDate = reminder.SlotDate,
            SlotUtc = reminder.SlotUtc,
            Minutes = member.PlanMinutes,
            EveningBefore = reminder.EveningBefore,
            CreatedAtUtc = now,
        });

        // A reminder is private: no channel fallback when DMs are closed, it is simply skipped.
        recorder.Add(guildId, PostKind.PlanReminder, key, [OutboundDraft.ToMember(userId, facts, member.Language, null, null)]);
        if (!await posts.TrySaveNewAsync(ct))
        {
            return PlanReminderResult.AlreadySent;
        }

        await signal.NewMessagesSavedAsync(ct);
        return PlanReminderResult.Sent;
    }

    /// <summary>The member with reminders on and their zone; null when there is nothing to remind (any more).</summary>
    private async Task<(Member? Member, TimeZoneInfo? Zone)> LoadAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var member = await members.FindAsync(guildId, userId, ct);
        var club = await clubs.FindAsync(guildId, ct);
        if (member is not { PlanReminders: true, PlanSlots: not null } || club is null || club.RemovedAtUtc is not null)
        {
            return (null, null);
        }

        return (member, MembershipService.ZoneOf(member, club));
    }
}
