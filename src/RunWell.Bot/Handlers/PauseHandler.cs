using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain.Members;

namespace RunWell.Bot.Handlers;

/// <summary>/pause [days] [reason].</summary>
internal sealed class PauseHandler(PauseService pauses) : ICommandHandler
{
    public string Path => "pause";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var reason = context.Input.Text("reason");
        var outcome = await pauses.PauseAsync(context.Caller.Member, context.Input.Whole("days"), reason, ct);
        if (!outcome.Ok)
        {
            return Reply.Private(Problems.NothingSaved(outcome.Error!));
        }

        var (pause, extended) = outcome.Value!;
        return Reply.Private(BuddyCopy.Paused(extended, pause.EndUtc, withReason: !string.IsNullOrWhiteSpace(reason)));
    }
}
