using RunWell.Domain.Summaries;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Charts;

/// <summary>
/// The weekly summary chart: minutes per day as bars and, when the week's one group mood figure is
/// released, that single figure as a note. Never mood per day: a day's figure beside the week's could be
/// subtracted to reveal someone (docs/privacy.md). So there is no mood axis at all.
/// </summary>
internal static class WeeklySummaryChart
{
    /// <param name="weekMoodChange">The week's one released mood figure, already signed and formatted; null when none is shown.</param>
    public static byte[] RenderPng(IReadOnlyList<ChartDay> days, string? weekMoodChange) => ChartStyle.Png(Build(days, weekMoodChange));

    internal static ScottPlot.Plot Build(IReadOnlyList<ChartDay> days, string? weekMoodChange) =>
        WeekChart.Build(
            Get("Chart_SummaryTitle", ChartStyle.Range(days[0].Date, days[^1].Date)),
            [.. days.Select(d => new DayBar(d.Date, d.Minutes))],
            [],
            weekMoodChange is null ? null : Get("Chart_WeekMoodChange", weekMoodChange));
}
