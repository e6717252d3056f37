using RunWell.Domain.Milestones;

namespace RunWell.Domain.Summaries;

/// <summary>The summarised days: the seven local days ending on the summary's day.</summary>
public sealed record SummaryWindow(DateOnly From, DateOnly To, string PeriodKey, int IsoWeek);

/// <summary>One day of the summary chart: minutes only. Mood is never drawn per day.</summary>
public sealed record ChartDay(DateOnly Date, int Minutes);

/// <summary>
/// Turns a week's aggregates into the facts of the group post. Pure: the privacy rules live here and
/// are tested without a database. Mood appears only as the week's one <see cref="MoodFigure"/> (see
/// <see cref="GroupMoodFigure"/>); the chart carries minutes per day only. The shout-out names everyone
/// who ran (except members who turned it off) without counts per person, so nothing reads as a ranking.
/// </summary>
public static class WeeklySummaryBuilder
{
    /// <param name="milestones">Milestones of members who opted in to being celebrated (counts only).</param>
    public static WeeklySummaryPost Build(SummaryWindow window, WeekAggregates week, MoodFigure mood, IReadOnlyList<MilestoneReached>? milestones = null) =>
        new(
            window,
            ActiveMembers: week.Runners.Select(r => r.UserId).Concat(week.CheckedIn).Distinct().Count(),
            Runs: week.Runners.Sum(r => r.Runs),
            Minutes: week.Runners.Sum(r => r.Minutes),
            week.MicroRuns,
            week.BuddyAnswers,
            Runners: [.. week.Runners.Select(r => r.UserId).Where(id => !week.HiddenFromShoutOut.Contains(id)).Order()],
            mood,
            ChartDays(window, week))
        {
            UnnamedRunners = week.Runners.Count(r => week.HiddenFromShoutOut.Contains(r.UserId)),
            Milestones = milestones ?? [],
            GroupRuns = week.GroupRuns,
            GroupRunArrivals = week.GroupRunArrivals,
        };

    /// <summary>Minutes per day for the chart; mood never appears per day anywhere public.</summary>
    public static IReadOnlyList<ChartDay> ChartDays(SummaryWindow window, WeekAggregates week)
    {
        var byDate = week.Days.ToDictionary(d => d.Date);
        return [.. Enumerable.Range(0, window.To.DayNumber - window.From.DayNumber + 1).Select(i =>
        {
            var date = window.From.AddDays(i);
            return new ChartDay(date, byDate.TryGetValue(date, out var day) ? day.Minutes : 0);
        })];
    }
}
