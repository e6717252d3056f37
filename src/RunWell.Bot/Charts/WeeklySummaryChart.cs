using System.Globalization;
using RunWell.Domain.Summaries;
using ScottPlot;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Charts;

/// <summary>
/// The weekly summary chart: minutes per day as bars, and the group's average mood before and after
/// runs on a 1–10 axis, only on days the domain left a value (3 or more contributors).
/// </summary>
internal static class WeeklySummaryChart
{
    private const int Width = 800;
    private const int Height = 400;

    public static byte[] RenderPng(IReadOnlyList<ChartDay> days)
    {
        var plot = new Plot();
        var positions = days.Select((_, i) => (double)i).ToArray();

        var bars = plot.Add.Bars(positions, days.Select(d => (double)d.Minutes).ToArray());
        bars.LegendText = Get("Chart_MinutesRun");

        AddMood(plot, days, d => d.MoodBefore, Get("Chart_GroupMoodBefore"));
        AddMood(plot, days, d => d.MoodAfter, Get("Chart_GroupMoodAfter"));

        plot.Axes.Bottom.SetTicks(positions, [.. days.Select(d => d.Date.ToString("ddd", CultureInfo.CurrentUICulture))]);
        plot.Axes.Left.Label.Text = Get("Chart_Minutes");
        plot.Axes.Right.Label.Text = Get("Chart_Mood");
        plot.Axes.SetLimitsY(0, 10, plot.Axes.Right);
        plot.Axes.Margins(bottom: 0);
        plot.Title(Get("Chart_SummaryTitle"));
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
