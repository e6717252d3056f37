using RunWell.Bot.Charts;
using RunWell.Bot.Words;
using RunWell.Domain.Reviews;
using RunWell.Domain.Summaries;
using RunWell.Domain.Time;
using ScottPlot;
using ScottPlot.Plottables;

namespace RunWell.Bot.Tests.Charts;

/// <summary>The two charts drawn as one family: days to come, mood axis, legend, titles.</summary>
public sealed class WeekChartTests
{
    private static readonly WeekWindow Week = new(new DateOnly(2026, 11, 30), TimeZoneInfo.Utc);

    private static WeeklyReview Review(DateOnly today, bool withMood)
    {
        var days = Enumerable.Range(0, 7).Select(i => Week.Monday.AddDays(i)).Select(date =>
            new ReviewDay(date, date == Week.Monday ? 20 : 0, withMood && date == Week.Monday ? 4 : null, withMood && date == Week.Monday ? 7 : null)
            {
                Ahead = date > today,
            }).ToList();
        return new WeeklyReview(Week, Week.Contains(today), 1, 20, 0, 0, 1, null, null, null, null, null, 1, false,
            new Observation(ObservationKind.FirstSteps), days);
    }

    [Fact]
    public void Days_still_to_come_are_shaded_and_named_not_drawn_as_missed_days()
    {
        using var _ = Languages.Use("en-GB");
        var wednesday = Week.Monday.AddDays(2);

        var plot = ScottPlotReviewChart.Build(Review(wednesday, withMood: false));

        var span = Assert.Single(plot.GetPlottables<HorizontalSpan>());
        Assert.Equal(2.5, span.X1, 3);
        Assert.Equal(6.5, span.X2, 3);
        Assert.Equal("Still to come", span.LegendText);
    }

    [Fact]
    public void A_finished_week_has_no_days_to_come()
    {
        using var _ = Languages.Use("en-GB");

        var plot = ScottPlotReviewChart.Build(Review(Week.Sunday.AddDays(3), withMood: true));

        Assert.Empty(plot.GetPlottables<HorizontalSpan>());
    }

    [Fact]
    public void The_mood_axis_appears_only_with_mood_points()
    {
        using var _ = Languages.Use("en-GB");
        var after = Week.Sunday.AddDays(1);

        var without = ScottPlotReviewChart.Build(Review(after, withMood: false));
        var with = ScottPlotReviewChart.Build(Review(after, withMood: true));

        Assert.Empty(without.GetPlottables<Scatter>());
        Assert.Equal(string.Empty, without.Axes.Right.Label.Text);
        Assert.Equal(2, with.GetPlottables<Scatter>().Count());
        Assert.Equal("Mood (1–10)", with.Axes.Right.Label.Text);
    }

    [Fact]
    public void The_legend_sits_outside_the_data_area_so_it_never_covers_a_bar()
    {
        using var _ = Languages.Use("en-GB");

        var plot = ScottPlotReviewChart.Build(Review(Week.Monday, withMood: true));

        Assert.False(plot.Legend.IsVisible);
        Assert.Contains(plot.Axes.GetPanels(), p => p.GetType().Name.Contains("Legend", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_charts_share_one_style_and_put_the_dates_in_the_title()
    {
        using var _ = Languages.Use("en-GB");
        var summaryDays = Enumerable.Range(0, 7).Select(i => new ChartDay(Week.Monday.AddDays(i), 10 * i)).ToList();

        var review = ScottPlotReviewChart.Build(Review(Week.Sunday.AddDays(1), withMood: true));
        var summary = WeeklySummaryChart.Build(summaryDays, "+0.5");

        Assert.Equal("Your week · 30 Nov – 6 Dec", review.Axes.Title.Label.Text);
        Assert.Equal("Our week · 30 Nov – 6 Dec", summary.Axes.Title.Label.Text);
        Assert.Equal(ChartStyle.FontName, review.Axes.Title.Label.FontName);
        Assert.Equal(ChartStyle.FontName, summary.Axes.Title.Label.FontName);
        Assert.Equal(ChartStyle.Minutes, Assert.Single(review.GetPlottables<BarPlot>()).Bars[0].FillColor);
        Assert.Equal(ChartStyle.Minutes, Assert.Single(summary.GetPlottables<BarPlot>()).Bars[0].FillColor);
        // The group chart never carries a mood axis: the week's one figure is a note.
        Assert.Equal(string.Empty, summary.Axes.Right.Label.Text);
        Assert.Equal("Group mood change this week: about +0.5", summary.Axes.Bottom.Label.Text);
        Assert.Equal(string.Empty, review.Axes.Bottom.Label.Text);
    }

    [Fact]
    public void Labels_follow_the_readers_language()
    {
        using var _ = Languages.Use("es-ES");

        var plot = ScottPlotReviewChart.Build(Review(Week.Monday.AddDays(2), withMood: true));

        Assert.StartsWith("Tu semana · 30 nov", plot.Axes.Title.Label.Text, StringComparison.Ordinal);
        Assert.Equal("Por llegar", Assert.Single(plot.GetPlottables<HorizontalSpan>()).LegendText);
    }
}
