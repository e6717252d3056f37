namespace RunWell.Domain.Summaries;

/// <summary>One day of the summary chart: minutes only. Mood is never drawn per day.</summary>
public sealed record ChartDay(DateOnly Date, int Minutes);

/// <summary>Draws the weekly summary chart (PNG); implemented where the charting library lives.</summary>
public interface ISummaryChart
{
    /// <param name="weekMoodChange">The week's one released mood figure, or null when none is shown.</param>
    byte[] RenderPng(IReadOnlyList<ChartDay> days, double? weekMoodChange);
}
