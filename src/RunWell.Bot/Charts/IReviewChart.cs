using RunWell.Domain.Reviews;

namespace RunWell.Bot.Charts;

/// <summary>Draws a review's chart (minutes per day as bars, mood before/after as points) as a PNG.</summary>
/// <remarks>An interface so a benchmark can time the chart on its own.</remarks>
public interface IReviewChart
{
    public const string FileName = "review.png";
    public const int Width = ChartStyle.Width;
    public const int Height = ChartStyle.Height;

    byte[] RenderPng(WeeklyReview review);
}
