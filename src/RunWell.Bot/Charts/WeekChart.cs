using ScottPlot;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Charts;

/// <summary>One day's bar: minutes run, and whether the day is still to come.</summary>
internal sealed record DayBar(DateOnly Date, int Minutes, bool Ahead = false);

/// <summary>Mood points on the 1–10 axis, one value (or none) per day.</summary>
internal sealed record MoodSeries(string Label, Color Color, double Offset, IReadOnlyList<double?> Values);

/// <summary>
/// The week as both charts draw it: minutes per day as bars, days still to come shaded and labelled
/// rather than drawn as empty (missed-looking) days, mood points on a right axis only when there are
/// any, and the legend outside the data area so it never covers a bar.
/// </summary>
internal static class WeekChart
{
    public static Plot Build(string title, IReadOnlyList<DayBar> days, IReadOnlyList<MoodSeries> mood, string? note = null)
    {
        var plot = ChartStyle.NewPlot(title);
        var positions = days.Select((_, i) => (double)i).ToArray();

        var bars = plot.Add.Bars(positions, days.Select(d => (double)d.Minutes).ToArray());
        bars.Color = ChartStyle.Minutes;
        bars.LegendText = Get("Chart_MinutesRun");
        foreach (var bar in bars.Bars)
        {
            bar.LineWidth = 0;
        }

        var firstAhead = days.ToList().FindIndex(d => d.Ahead);
        if (firstAhead >= 0)
        {
            var span = plot.Add.HorizontalSpan(firstAhead - 0.5, days.Count - 0.5);
            span.FillStyle.Color = ChartStyle.Ahead;
            span.LineStyle.Width = 0;
            span.LegendText = Get("Chart_Ahead");
        }

        var shown = mood.Where(m => m.Values.Any(v => v is not null)).ToList();
        foreach (var series in shown)
        {
            AddMood(plot, series);
        }

        if (shown.Count > 0)
        {
            plot.Axes.Right.Label.Text = Get("Chart_Mood");
            plot.Axes.SetLimitsY(0, 10.5, plot.Axes.Right);
        }

        // A note (the group's one mood figure) goes under the day labels: a box inside the data area
        // could sit on a tall bar.
        plot.Axes.Bottom.Label.Text = note ?? string.Empty;

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. days.Select(d => ChartStyle.DayLabel(d.Date))]);
        plot.Axes.Left.Label.Text = Get("Chart_Minutes");
        plot.Axes.SetLimitsX(-0.6, days.Count - 0.4);
        // Head room so the tallest bar never meets the title or a note.
        plot.Axes.SetLimitsY(0, Math.Max(10, days.Max(d => d.Minutes) * 1.2));
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void AddMood(Plot plot, MoodSeries series)
    {
        var points = series.Values.Select((v, i) => (X: i + series.Offset, Y: v)).Where(p => p.Y is not null).ToList();
        var scatter = plot.Add.ScatterPoints(points.Select(p => p.X).ToArray(), points.Select(p => p.Y!.Value).ToArray());
        scatter.Color = series.Color;
        scatter.MarkerSize = 11;
        scatter.LegendText = series.Label;
        scatter.Axes.YAxis = plot.Axes.Right;
    }
}
