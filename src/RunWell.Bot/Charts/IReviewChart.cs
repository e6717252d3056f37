using RunWell.Domain.Reviews;

namespace RunWell.Bot.Charts;

/// <summary>Draws a review's chart (minutes per day as bars, mood before/after as points) as a PNG.</summary>
/// <remarks>An interface so a benchmark can time the chart on its own.</remarks>
public interface IReviewChart
{
    public const string FileName = "review.png";
    public const int Width = 800;
    public const int Height = 400;

    byte[] RenderPng(WeeklyReview review);
}
