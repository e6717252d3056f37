using System.Globalization;
using RunWell.Domain.Summaries;
using ScottPlot;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Charts;

/// <summary>
/// The weekly summary chart: minutes per day as bars and, when the week's one group mood figure is
/// released, that single figure as a note. Never mood per day: a day's figure beside the week's could be
/// subtracted to reveal someone (docs/privacy.md).
/// </summary>
internal static class WeeklySummaryChart
{
    private const int Width = 800;
    private const int Height = 400;

    /// <param name="weekMoodChange">The week's one released mood figure, already signed and formatted; null when none is shown.</param>
    public static byte[] RenderPng(IReadOnlyList<ChartDay> days, string? weekMoodChange)
    {
        var plot = new Plot();
        var positions = days.Select((_, i) => (double)i).ToArray();

        var bars = plot.Add.Bars(positions, days.Select(d => (double)d.Minutes).ToArray());
        bars.LegendText = Get("Chart_MinutesRun");

        if (weekMoodChange is not null)
        {
            plot.Add.Annotation(Get("Chart_WeekMoodChange", weekMoodChange), Alignment.UpperRight);
        }

        plot.Axes.Bottom.SetTicks(positions, [.. days.Select(d => d.Date.ToString("ddd", CultureInfo.CurrentUICulture))]);
        plot.Axes.Left.Label.Text = Get("Chart_Minutes");
        plot.Axes.Margins(bottom: 0);
        plot.Title(Get("Chart_SummaryTitle"));
        plot.ShowLegend(Alignment.UpperLeft);

        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
