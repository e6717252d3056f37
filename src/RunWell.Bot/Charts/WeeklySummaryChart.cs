using System.Globalization;
using RunWell.Domain.Summaries;
using ScottPlot;

namespace RunWell.Bot.Charts;

/// <summary>
/// The weekly summary chart: minutes per day as bars and, when the week's one group mood figure is
/// released, that single figure as a note. Never mood per day: a day's figure beside the week's could be
/// subtracted to reveal someone (docs/privacy.md).
/// </summary>
internal sealed class WeeklySummaryChart : ISummaryChart
{
    private const int Width = 800;
    private const int Height = 400;

    public byte[] RenderPng(IReadOnlyList<ChartDay> days, double? weekMoodChange)
    {
        var plot = new Plot();
        var positions = days.Select((_, i) => (double)i).ToArray();

        var bars = plot.Add.Bars(positions, days.Select(d => (double)d.Minutes).ToArray());
        bars.LegendText = "Minutes run";

        if (weekMoodChange is { } change)
        {
            var sign = change > 0 ? "+" : change < 0 ? "−" : "±";
            plot.Add.Annotation(string.Create(CultureInfo.InvariantCulture, $"Group mood change this week: about {sign}{Math.Abs(change):0.0}"), Alignment.UpperRight);
        }

        plot.Axes.Bottom.SetTicks(positions, [.. days.Select(d => d.Date.ToString("ddd", CultureInfo.InvariantCulture))]);
        plot.Axes.Left.Label.Text = "Minutes";
        plot.Axes.Margins(bottom: 0);
        plot.Title("Our week");
        plot.ShowLegend(Alignment.UpperLeft);

        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
