using RunWell.Domain.Members;
using RunWell.Domain.Time;

namespace RunWell.Domain.Reviews;

/// <summary>
/// Weeks in a row with at least one run or a pause. A paused week never breaks the count (injury and
/// illness are not failures), and the week in progress only counts once something happens in it.
/// </summary>
public static class WeeksInARow
{
    /// <param name="runDates">Local dates with a run (as fixed at logging time); one date per week is enough, e.g. its Monday.</param>
    /// <param name="earliestKnown">The first date <paramref name="runDates"/> covers; a streak reaching it may go further back.</param>
    public static StreakCount Count(
        DateOnly reviewedMonday,
        bool reviewedWeekInProgress,
        IEnumerable<DateOnly> runDates,
        IEnumerable<Pause> pauses,
        TimeZoneInfo zone,
        DateOnly earliestKnown)
    {
        var weeks = runDates.Select(WeekWindow.MondayOf).ToHashSet();
        foreach (var pause in pauses)
        {
            foreach (var monday in PausedWeeks(pause, zone))
            {
                weeks.Add(monday);
            }
        }

        var monday0 = reviewedMonday;
        if (reviewedWeekInProgress && !weeks.Contains(monday0))
        {
            monday0 = monday0.AddDays(-7);
        }

        var count = 0;
        var week = monday0;
        while (weeks.Contains(week))
        {
            count++;
            week = week.AddDays(-7);
        }

        // The run dates may stop at earliestKnown; a streak that reaches it is not known to end there.
        return new StreakCount(count, ReachesHorizon: count > 0 && week.AddDays(7) <= earliestKnown);
    }

    /// <summary>The Mondays of every local week a pause overlaps.</summary>
    public static IEnumerable<DateOnly> PausedWeeks(Pause pause, TimeZoneInfo zone)
    {
        if (pause.EndUtc <= pause.StartUtc)
        {
            yield break;
        }

        var first = WeekWindow.MondayOf(LocalClock.LocalDate(pause.StartUtc, zone));
        var last = WeekWindow.MondayOf(LocalClock.LocalDate(pause.EndUtc.AddTicks(-1), zone));
        for (var monday = first; monday <= last; monday = monday.AddDays(7))
        {
            yield return monday;
        }
    }
}

/// <param name="ReachesHorizon">The count ran into the start of the dates supplied; ask again with more history.</param>
public readonly record struct StreakCount(int Weeks, bool ReachesHorizon);
