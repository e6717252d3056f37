using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Reviews;

namespace RunWell.Bot.Handlers;

/// <summary>/review [week]: the member's own week (Monday–Sunday in their zone), with a chart.</summary>
internal sealed class ReviewHandler(ReviewService reviews) : ICommandHandler
{
    public string Path => "review";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var lastWeek = context.Input.Text("week") == "last";
        var result = await reviews.ReviewAsync(context.Caller.Member, lastWeek, ct);
        return new Reply(ReviewCopy.Render(result.Review, result.ChartPng));
    }
}
