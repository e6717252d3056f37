using RunWell.Domain.Reviews;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Charts;

/// <summary>
/// The review chart: minutes per day as bars on the left axis, mood before and after (1–10) as points
/// on the right axis. Nothing about pace or distance is drawn.
/// </summary>
internal sealed class ScottPlotReviewChart : IReviewChart
{
    public byte[] RenderPng(WeeklyReview review) => ChartStyle.Png(Build(review));

    internal static ScottPlot.Plot Build(WeeklyReview review)
    {
        var days = review.Days;
        return WeekChart.Build(
            Get("Chart_ReviewTitle", ChartStyle.Range(review.Week.Monday, review.Week.Sunday)),
            [.. days.Select(d => new DayBar(d.Date, d.Minutes, d.Ahead))],
            [
                new MoodSeries(Get("Chart_MoodBefore"), ChartStyle.MoodBefore, -0.12, [.. days.Select(d => d.MoodBefore)]),
                new MoodSeries(Get("Chart_MoodAfter"), ChartStyle.MoodAfter, 0.12, [.. days.Select(d => d.MoodAfter)]),
            ]);
    }
}
