using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Time;

namespace RunWell.Domain.Nudges;

/// <summary>
/// Whether a member is due a nudge right now, in their own zone. Pure, so each rule is tested alone:
/// opted in, not snoozed, N quiet local days, none in the last N days, at or after the club's nudge
/// time and never between 21:00 and 08:00 their time. Pauses are filtered before (in the store).
/// </summary>
public static class NudgePolicy
{
    public static readonly TimeOnly QuietFrom = new(21, 0);
    public static readonly TimeOnly QuietUntil = new(8, 0);

    /// <param name="lastActivityAtUtc">The member's <see cref="LastActivity"/>; null when they have done nothing yet.</param>
    /// <returns>The member's local date the nudge belongs to, or null when not due now.</returns>
    public static DateOnly? DueOn(Member member, DateTime? lastActivityAtUtc, TimeZoneInfo zone, TimeOnly clubNudgeTime, DateTime nowUtc)
    {
        if (!member.NudgeOptIn || member.NudgeSnoozedUntilUtc > nowUtc)
        {
            return null;
        }

        var local = LocalClock.ToLocal(nowUtc, zone);
        var time = TimeOnly.FromDateTime(local);
        if (time < SlotFor(clubNudgeTime) || time >= QuietFrom)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(local);
        var days = Math.Clamp(member.NudgeAfterDays, MemberDefaults.MinNudgeAfterDays, MemberDefaults.MaxNudgeAfterDays);
        var lastActive = LocalClock.LocalDate(lastActivityAtUtc ?? member.CreatedAtUtc, zone);
        if (today.DayNumber - lastActive.DayNumber < days)
        {
            return null;
        }

        if (member.LastNudgeAtUtc is { } last && today.DayNumber - LocalClock.LocalDate(last, zone).DayNumber < days)
        {
            return null;
        }

        return WaitsForPlannedDay(member, today, today.DayNumber - lastActive.DayNumber - days) ? null : today;
    }

    /// <summary>How many days past due a nudge may wait for one of the member's planned days.</summary>
    public const int PlannedDayWaitDays = 3;

    /// <summary>
    /// A member with a plan is nudged on one of their planned days: the day they meant to run anyway.
    /// A nudge due on another day waits for the next planned day, unless that is more than
    /// <see cref="PlannedDayWaitDays"/> days past due (then it goes, rather than never).
    /// </summary>
    private static bool WaitsForPlannedDay(Member member, DateOnly today, int daysPastDue)
    {
        var planned = Plans.PlanSlotsText.Decode(member.PlanSlots).Select(s => s.Day).ToHashSet();
        if (planned.Count == 0 || planned.Contains(today.DayOfWeek))
        {
            return false;
        }

        var room = PlannedDayWaitDays - daysPastDue;
        return Enumerable.Range(1, Math.Max(room, 0)).Any(i => planned.Contains(today.AddDays(i).DayOfWeek));
    }

    /// <summary>True for a time inside 21:00–08:00, when no nudge ever goes out.</summary>
    public static bool IsQuiet(TimeOnly time) => time < QuietUntil || time >= QuietFrom;

    /// <summary>
    /// The club's nudge time, unless it falls in the quiet hours (an admin typed 22:00): then the
    /// product default, rather than never nudging or nudging at night.
    /// </summary>
    public static TimeOnly SlotFor(TimeOnly clubNudgeTime) =>
        !IsQuiet(clubNudgeTime) ? clubNudgeTime : ClubDefaults.NudgeTime;

    /// <summary>
    /// When a nudge may go out if "now" is inside the member's quiet hours (a delivery retried into the
    /// evening): the next 08:00 their time; null when now is fine.
    /// </summary>
    public static DateTime? HeldUntilUtc(TimeZoneInfo zone, DateTime nowUtc)
    {
        var local = LocalClock.ToLocal(nowUtc, zone);
        var time = TimeOnly.FromDateTime(local);
        if (time >= QuietUntil && time < QuietFrom)
        {
            return null;
        }

        var morning = DateOnly.FromDateTime(local);
        if (time >= QuietFrom)
        {
            morning = morning.AddDays(1);
        }

        return LocalClock.ToUtc(morning, QuietUntil, zone);
    }

    /// <summary>The once-only key of a member's nudge on a local day, e.g. "2026-11-25:1234".</summary>
    public static string PeriodKey(DateOnly localDate, ulong userId) =>
        localDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + PeriodKeyEnding(userId);

    /// <summary>How every one of a member's once-a-day keys ends (":1234"): what finds all of them when they leave.</summary>
    public static string PeriodKeyEnding(ulong userId) =>
        ":" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
