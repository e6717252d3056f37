using RunWell.Domain.Reviews;

namespace RunWell.Domain.Ports;

/// <summary>Draws a review's chart (minutes per day as bars, mood before/after as points) as a PNG.</summary>
/// <remarks>A port so the domain stays free of any charting library.</remarks>
public interface IReviewChart
{
    public const string FileName = "review.png";
    public const int Width = 800;
    public const int Height = 400;

    byte[] RenderPng(WeeklyReview review);
}
