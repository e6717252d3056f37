using RunWell.Domain.Milestones;

namespace RunWell.Domain.Summaries;

/// <summary>The summarised days: the seven local days ending on the summary's day.</summary>
public sealed record SummaryWindow(DateOnly From, DateOnly To, string PeriodKey, int IsoWeek);

/// <summary>One day of the summary chart; mood values are already null where fewer than 3 contributed.</summary>
public sealed record ChartDay(DateOnly Date, int Minutes, double? MoodBefore, double? MoodAfter);

/// <summary>
/// Turns a week's aggregates into the facts of the group post. Pure: the privacy rules live here and
/// are tested without a database. Mood is shown only from <see cref="MinMoodContributors"/> members up.
/// </summary>
public static class WeeklySummaryBuilder
{
    /// <summary>Mood aggregates are shown only when at least this many members contributed.</summary>
    public const int MinMoodContributors = 3;

    /// <param name="milestones">Milestones of members who opted in to being celebrated (counts only).</param>
    public static WeeklySummaryPost Build(SummaryWindow window, WeekAggregates week, IReadOnlyList<MilestoneReached>? milestones = null)
    {
        var mood = week.MoodChange is { Average: not null } m && m.Contributors >= MinMoodContributors ? m : null;
        return new WeeklySummaryPost(
            window,
            ActiveMembers: week.Runners.Select(r => r.UserId).Concat(week.CheckedIn).Distinct().Count(),
            Runs: week.Runners.Sum(r => r.Runs),
            Minutes: week.Runners.Sum(r => r.Minutes),
            week.MicroRuns,
            week.BuddyAnswers,
            Runners: [.. week.Runners.Select(r => r.UserId).Order()],
            mood,
            ChartDays(window, week))
        {
            Milestones = milestones ?? [],
        };
    }

    public static IReadOnlyList<ChartDay> ChartDays(SummaryWindow window, WeekAggregates week)
    {
        var byDate = week.Days.ToDictionary(d => d.Date);
        return [.. Enumerable.Range(0, window.To.DayNumber - window.From.DayNumber + 1).Select(i =>
        {
            var date = window.From.AddDays(i);
            if (!byDate.TryGetValue(date, out var day))
            {
                return new ChartDay(date, 0, null, null);
            }

            var showMood = day.MoodContributors >= MinMoodContributors;
            return new ChartDay(date, day.Minutes, showMood ? day.MoodBefore : null, showMood ? day.MoodAfter : null);
        })];
    }
}
