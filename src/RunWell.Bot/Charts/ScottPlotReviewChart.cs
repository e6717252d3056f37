using System.Globalization;
using RunWell.Domain.Reviews;
using ScottPlot;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Charts;

/// <summary>
/// The review chart: minutes per day as bars on the left axis, mood before and after (1–10) as points
/// on the right axis. Nothing about pace or distance is drawn.
/// </summary>
internal sealed class ScottPlotReviewChart : IReviewChart
{
    public byte[] RenderPng(WeeklyReview review)
    {
        var plot = new Plot();
        var days = review.Days;
        var positions = Enumerable.Range(0, days.Count).Select(i => (double)i).ToArray();

        var bars = plot.Add.Bars(positions, days.Select(d => (double)d.Minutes).ToArray());
        bars.Color = Color.FromHex("#7FB77E");
        bars.LegendText = Get("Chart_Minutes");

        AddMoodPoints(plot, days, d => d.MoodBefore, -0.12, "#8E8E8E", Get("Chart_MoodBefore"));
        AddMoodPoints(plot, days, d => d.MoodAfter, 0.12, "#E07A5F", Get("Chart_MoodAfter"));

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            positions,
            [.. days.Select(d => d.Date.ToString("ddd d", CultureInfo.CurrentUICulture))]);
        plot.Axes.Left.Label.Text = Get("Chart_Minutes");
        plot.Axes.Right.Label.Text = Get("Chart_Mood");
        plot.Axes.SetLimitsX(-0.6, days.Count - 0.4);
        plot.Axes.SetLimitsY(0, Math.Max(10, days.Max(d => d.Minutes) * 1.15));
        plot.Axes.SetLimitsY(0, 10.5, plot.Axes.Right);
        plot.Title(Get("Chart_ReviewTitle", review.Week.Monday.ToString("d MMM", CultureInfo.CurrentUICulture)));
        plot.ShowLegend(Alignment.UpperLeft);

        return plot.GetImageBytes(IReviewChart.Width, IReviewChart.Height, ImageFormat.Png);
    }

    private static void AddMoodPoints(Plot plot, IReadOnlyList<ReviewDay> days, Func<ReviewDay, double?> value, double offset, string hex, string label)
    {
        var points = days.Select((d, i) => (X: i + offset, Y: value(d))).Where(p => p.Y is not null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.ScatterPoints(points.Select(p => p.X).ToArray(), points.Select(p => p.Y!.Value).ToArray());
        scatter.Color = Color.FromHex(hex);
        scatter.MarkerSize = 11;
        scatter.LegendText = label;
        scatter.Axes.YAxis = plot.Axes.Right;
    }
}
