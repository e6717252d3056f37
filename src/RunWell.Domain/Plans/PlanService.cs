using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Domain.Time;

namespace RunWell.Domain.Plans;

/// <summary>What /plan set asks for; null options keep the current value (off and 15 minutes for a new plan).</summary>
public sealed record PlanSetRequest(MemberRef Who, string? Days, string? Time, int? Minutes, bool? Reminders, bool? EveningBefore);

/// <summary>A member's plan as facts for the reply.</summary>
/// <param name="NextSlotsUtc">The next few slots, soonest first.</param>
/// <param name="NextReminderUtc">When the next reminder goes, when reminders are on.</param>
/// <param name="QuietSlots">Slots in the quiet hours: reminded the evening before, or not at all.</param>
public sealed record PlanView(
    IReadOnlyList<PlanSlot> Slots,
    int Minutes,
    bool Reminders,
    bool EveningBefore,
    string ZoneId,
    IReadOnlyList<DateTime> NextSlotsUtc,
    DateTime? NextReminderUtc,
    IReadOnlyList<PlanSlot> QuietSlots);

/// <summary>The saved plan, or the problem with what was typed (then nothing was stored).</summary>
public sealed record PlanSetResult(PlanView? Plan, PlanParseResult? Refused);

/// <summary>/plan set, show and clear. The plan lives on the member row, like their other settings.</summary>
public sealed class PlanService(
    MembershipService membership,
    IMemberStore members,
    IClubStore clubs,
    IUnitOfWork unitOfWork,
    IPlanReminderScheduler scheduler,
    TimeProvider time)
{
    public const int SlotsShown = 3;

    public async Task<PlanSetResult> SetAsync(PlanSetRequest request, CancellationToken ct)
    {
        // Everything is checked before the first write: bad input must not even create the member row.
        var parsed = PlanParser.Parse(request.Days, request.Time);
        if (!parsed.Ok)
        {
            return new PlanSetResult(null, parsed);
        }

        if (request.Minutes is < PlanLimits.MinMinutes or > PlanLimits.MaxMinutes)
        {
            return new PlanSetResult(null, PlanParseResult.Fail(PlanProblem.MinutesOutOfRange, request.Minutes.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var context = await membership.EnsureAsync(request.Who, ct);
        var member = context.Member;
        var isNew = member.PlanSlots is null;
        member.PlanSlots = PlanSlotsText.Encode(parsed.Slots);
        member.PlanMinutes = request.Minutes ?? (isNew ? PlanLimits.DefaultMinutes : member.PlanMinutes);
        member.PlanReminders = request.Reminders ?? (!isNew && member.PlanReminders);
        member.PlanEveningBefore = request.EveningBefore ?? (!isNew && member.PlanEveningBefore);
        await unitOfWork.SaveChangesAsync(ct);

        var view = View(member, context.Zone);
        await RescheduleAsync(member, view, ct);
        return new PlanSetResult(view, null);
    }

    /// <returns>Null when the member has no plan here (nothing is created by asking).</returns>
    public async Task<PlanView?> ShowAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var member = await members.FindAsync(guildId, userId, ct);
        var club = await clubs.FindAsync(guildId, ct);
        if (member?.PlanSlots is null || club is null)
        {
            return null;
        }

        return View(member, MembershipService.ZoneOf(member, club));
    }

    /// <returns>False when there was no plan to clear.</returns>
    public async Task<bool> ClearAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var member = await members.FindAsync(guildId, userId, ct);
        if (member?.PlanSlots is null)
        {
            return false;
        }

        member.PlanSlots = null;
        member.PlanReminders = false;
        member.PlanEveningBefore = false;
        member.PlanMinutes = PlanLimits.DefaultMinutes;
        await unitOfWork.SaveChangesAsync(ct);
        await scheduler.UnscheduleAsync(guildId, userId, ct);
        return true;
    }

    private Task RescheduleAsync(Member member, PlanView view, CancellationToken ct) =>
        view.NextReminderUtc is { } next
            ? scheduler.ScheduleAsync(member.GuildId, member.UserId, next, ct)
            : scheduler.UnscheduleAsync(member.GuildId, member.UserId, ct);

    private PlanView View(Member member, TimeZoneInfo zone)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var slots = PlanSlotsText.Decode(member.PlanSlots);
        var next = member.PlanReminders ? PlanSchedule.NextReminder(slots, member.PlanEveningBefore, zone, now) : null;
        return new PlanView(
            slots,
            member.PlanMinutes,
            member.PlanReminders,
            member.PlanEveningBefore,
            zone.Id,
            [.. PlanSchedule.NextSlots(slots, zone, now, SlotsShown).Select(s => s.Utc)],
            next?.SendUtc,
            [.. slots.Where(s => PlanSchedule.InQuietHours(s.Time))]);
    }
}
