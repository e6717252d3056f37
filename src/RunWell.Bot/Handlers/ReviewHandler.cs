using RunWell.Bot.Charts;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Reviews;

namespace RunWell.Bot.Handlers;

/// <summary>/review [week]: the member's own week (Monday–Sunday in their zone), with a chart when there is something to draw.</summary>
internal sealed class ReviewHandler(ReviewService reviews, IReviewChart chart) : ICommandHandler
{
    public string Path => "review";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var lastWeek = context.Input.Text("week") == "last";
        var review = await reviews.BuildAsync(context.Caller.Member, lastWeek, ct);
        return new Reply(ReviewCopy.Render(review, review.Runs == 0 ? null : chart.RenderPng(review)));
    }
}
