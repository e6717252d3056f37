using RunWell.Domain.Entries;
using RunWell.Domain.Reviews;
using RunWell.Domain.Time;

namespace RunWell.Domain.Plans;

/// <summary>A planned day that held: it had a run this many weeks running (the slot's time names the part of day).</summary>
public sealed record PlanHeld(DayOfWeek Day, DayPart Part, int Weeks);

/// <summary>
/// The reviewed week beside the member's plan, as facts. Information, never a verdict: there is no
/// "missed" figure, only what happened on planned days, on other days, and minutes beside the plan.
/// </summary>
/// <param name="PlannedDaysWithRun">Planned days of the week that had at least one run.</param>
/// <param name="RunsOnOtherDays">Runs on days outside the plan (they count just the same).</param>
/// <param name="Held">The planned day with the longest run of weeks (two or more), if any.</param>
public sealed record PlanWeek(
    IReadOnlyList<PlanSlot> Slots,
    int PlannedMinutes,
    int PlannedDaysWithRun,
    int RunsOnPlannedDays,
    int RunsOnOtherDays,
    int Minutes,
    PlanHeld? Held);

/// <summary>Relates a week's runs to the plan. Pure.</summary>
public static class PlanReview
{
    /// <summary>Weeks of history the "held" observation looks at.</summary>
    public const int HeldLookbackWeeks = 12;

    /// <param name="runDates">Distinct local dates with a run, covering at least <see cref="HeldLookbackWeeks"/> weeks back.</param>
    /// <param name="today">The member's local today: a planned day still ahead this week is not counted against a streak.</param>
    public static PlanWeek? Build(IReadOnlyList<PlanSlot> slots, int minutesPerSlot, WeekWindow week, IEnumerable<RunLog> runs, IReadOnlyCollection<DateOnly> runDates, DateOnly today)
    {
        if (slots.Count == 0)
        {
            return null;
        }

        var planned = slots.Select(s => s.Day).ToHashSet();
        var weekRuns = runs.Where(r => week.Contains(r.LocalDate)).ToList();
        var onPlan = weekRuns.Where(r => planned.Contains(r.LocalDate.DayOfWeek)).ToList();

        return new PlanWeek(
            slots,
            slots.Count * minutesPerSlot,
            onPlan.Select(r => r.LocalDate).Distinct().Count(),
            onPlan.Count,
            weekRuns.Count - onPlan.Count,
            weekRuns.Sum(r => r.Minutes),
            Held(slots, week, runDates.ToHashSet(), today));
    }

    private static PlanHeld? Held(IReadOnlyList<PlanSlot> slots, WeekWindow week, HashSet<DateOnly> dates, DateOnly today)
    {
        PlanHeld? best = null;
        foreach (var slot in slots)
        {
            var date = week.Monday.AddDays(PlanParser.MondayFirst(slot.Day));

            // This week's planned day still ahead (or today, not yet run) is not a gap: count from the week before.
            if (date >= today && !dates.Contains(date))
            {
                date = date.AddDays(-7);
            }

            var weeks = 0;
            while (weeks < HeldLookbackWeeks && dates.Contains(date))
            {
                weeks++;
                date = date.AddDays(-7);
            }

            if (weeks >= 2 && (best is null || weeks > best.Weeks))
            {
                best = new PlanHeld(slot.Day, DayParts.Of(slot.Time), weeks);
            }
        }

        return best;
    }
}
