using RunWell.Domain.Nudges;
using RunWell.Domain.Time;

namespace RunWell.Domain.Plans;

/// <summary>One reminder: the slot it is for and the instant it goes out.</summary>
/// <param name="SlotDate">The slot's local date (what "already ran that day" is checked on).</param>
/// <param name="EveningBefore">The slot is in the quiet hours, so this is the 20:00 reminder before it.</param>
public sealed record ReminderSlot(PlanSlot Slot, DateOnly SlotDate, DateTime SlotUtc, DateTime SendUtc, bool EveningBefore);

/// <summary>
/// When a plan's slots happen and when their reminders go out, as instants, DST-safe (through
/// <see cref="LocalClock"/>). A reminder goes at the slot unless the slot is in the quiet hours
/// (21:00–08:00 local, the same hours nudges keep); then at 20:00 the evening before it (the same evening
/// for a slot after 21:00) if the member allowed that, otherwise not at all. Pure.
/// </summary>
public static class PlanSchedule
{
    public static readonly TimeOnly EveningReminderTime = new(20, 0);

    public static bool InQuietHours(TimeOnly local) => local >= NudgePolicy.QuietFrom || local < NudgePolicy.QuietUntil;

    /// <summary>The next <paramref name="count"/> slot instants strictly after <paramref name="afterUtc"/>.</summary>
    public static IReadOnlyList<(PlanSlot Slot, DateTime Utc)> NextSlots(IReadOnlyList<PlanSlot> slots, TimeZoneInfo zone, DateTime afterUtc, int count)
    {
        var found = new List<(PlanSlot, DateTime)>();
        if (slots.Count == 0)
        {
            return found;
        }

        var first = LocalClock.LocalDate(afterUtc, zone).AddDays(-1);
        for (var date = first; found.Count < count; date = date.AddDays(1))
        {
            foreach (var slot in slots.Where(s => s.Day == date.DayOfWeek))
            {
                var utc = LocalClock.ToUtc(date, slot.Time, zone);
                if (utc > afterUtc)
                {
                    found.Add((slot, utc));
                }
            }
        }

        return [.. found.Take(count)];
    }

    /// <summary>The reminder of a slot on a date; null when the slot is in the quiet hours and evening reminders are off.</summary>
    public static ReminderSlot? ReminderFor(PlanSlot slot, DateOnly date, TimeZoneInfo zone, bool eveningBefore)
    {
        var slotUtc = LocalClock.ToUtc(date, slot.Time, zone);
        if (!InQuietHours(slot.Time))
        {
            return new ReminderSlot(slot, date, slotUtc, slotUtc, EveningBefore: false);
        }

        if (!eveningBefore)
        {
            return null;
        }

        var evening = slot.Time >= NudgePolicy.QuietFrom ? date : date.AddDays(-1);
        return new ReminderSlot(slot, date, slotUtc, LocalClock.ToUtc(evening, EveningReminderTime, zone), EveningBefore: true);
    }

    /// <summary>The first reminder sent strictly after <paramref name="afterUtc"/>; null when the plan has none.</summary>
    public static ReminderSlot? NextReminder(IReadOnlyList<PlanSlot> slots, bool eveningBefore, TimeZoneInfo zone, DateTime afterUtc) =>
        Around(slots, eveningBefore, zone, afterUtc).Where(r => r.SendUtc > afterUtc).MinBy(r => r.SendUtc);

    /// <summary>The reminder due at exactly <paramref name="sendUtc"/>, if the plan still has one then.</summary>
    public static ReminderSlot? ReminderAt(IReadOnlyList<PlanSlot> slots, bool eveningBefore, TimeZoneInfo zone, DateTime sendUtc) =>
        Around(slots, eveningBefore, zone, sendUtc).FirstOrDefault(r => r.SendUtc == sendUtc);

    /// <summary>
    /// The once-only key of a member's plan reminder: their local date of sending, so a member gets at
    /// most one a day, and a repeated firing, a restart or a second node cannot send one twice.
    /// </summary>
    public static string PeriodKey(DateOnly sendLocalDate, ulong userId) => NudgePolicy.PeriodKey(sendLocalDate, userId);

    // Every reminder of the slots on local dates around the instant: a week and a day either way
    // covers the next one of each slot, evening-before reminders included.
    private static IEnumerable<ReminderSlot> Around(IReadOnlyList<PlanSlot> slots, bool eveningBefore, TimeZoneInfo zone, DateTime utc)
    {
        var today = LocalClock.LocalDate(utc, zone);
        for (var date = today.AddDays(-2); date <= today.AddDays(9); date = date.AddDays(1))
        {
            foreach (var slot in slots.Where(s => s.Day == date.DayOfWeek))
            {
                if (ReminderFor(slot, date, zone, eveningBefore) is { } reminder)
                {
                    yield return reminder;
                }
            }
        }
    }
}
