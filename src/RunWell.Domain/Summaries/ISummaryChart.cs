namespace RunWell.Domain.Summaries;

/// <summary>One day of the summary chart; mood values are already null where fewer than 3 contributed.</summary>
public sealed record ChartDay(DateOnly Date, int Minutes, double? MoodBefore, double? MoodAfter);

/// <summary>Draws the weekly summary chart (PNG); implemented where the charting library lives.</summary>
public interface ISummaryChart
{
    byte[] RenderPng(IReadOnlyList<ChartDay> days);
}
