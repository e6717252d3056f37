using System.Globalization;
using RunWell.Domain.Summaries;
using ScottPlot;

namespace RunWell.Bot.Charts;

/// <summary>
/// The weekly summary chart: minutes per day as bars, and the group's average mood before and after
/// runs on a 1–10 axis, only on days the domain left a value (3 or more contributors).
/// </summary>
internal sealed class WeeklySummaryChart : ISummaryChart
{
    private const int Width = 800;
    private const int Height = 400;

    public byte[] RenderPng(IReadOnlyList<ChartDay> days)
    {
        var plot = new Plot();
        var positions = days.Select((_, i) => (double)i).ToArray();

        var bars = plot.Add.Bars(positions, days.Select(d => (double)d.Minutes).ToArray());
        bars.LegendText = "Minutes run";

        AddMood(plot, days, d => d.MoodBefore, "Group mood before");
        AddMood(plot, days, d => d.MoodAfter, "Group mood after");

        plot.Axes.Bottom.SetTicks(positions, [.. days.Select(d => d.Date.ToString("ddd", CultureInfo.InvariantCulture))]);
        plot.Axes.Left.Label.Text = "Minutes";
        plot.Axes.Right.Label.Text = "Mood (1–10)";
        plot.Axes.SetLimitsY(0, 10, plot.Axes.Right);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Our week");
        plot.ShowLegend(Alignment.UpperLeft);

        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static void AddMood(Plot plot, IReadOnlyList<ChartDay> days, Func<ChartDay, double?> value, string label)
    {
        var shown = days.Select((d, i) => (X: (double)i, Y: value(d))).Where(p => p.Y is not null).ToArray();
        if (shown.Length == 0)
        {
            return;
        }

        var line = plot.Add.Scatter(shown.Select(p => p.X).ToArray(), shown.Select(p => p.Y!.Value).ToArray());
        line.Axes.YAxis = plot.Axes.Right;
        line.LegendText = label;
        line.MarkerSize = 8;
    }
}
