using System.Globalization;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;

namespace RunWell.Bot.Handlers.GroupRuns;

/// <summary>/grouprun cancel run: the value is the run's id, picked from the autocomplete list.</summary>
internal sealed class GroupRunCancelHandler(GroupRunService runs) : ICommandHandler
{
    public string Path => "grouprun cancel";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (!long.TryParse(context.Input.RequiredText("run"), NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
        {
            return GroupRunReplies.Problem(GroupRunProblem.NotFound);
        }

        var outcome = await runs.CancelAsync(context.Caller.Member, context.Caller.CanManageServer, runId, ct);
        return outcome.Ok ? GroupRunReplies.Cancelled(outcome.Value!) : GroupRunReplies.Problem(outcome.Problem!.Value);
    }
}
