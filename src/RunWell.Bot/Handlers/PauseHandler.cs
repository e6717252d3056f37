using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain.Members;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers;

/// <summary>/pause [days] [reason].</summary>
internal sealed class PauseHandler(PauseService pauses) : ICommandHandler
{
    public string Path => "pause";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var reason = context.Input.Text("reason");
        var keepSlots = context.Input.Flag("keep_slots") ?? false;
        var outcome = await pauses.PauseAsync(context.Caller.Member, context.Input.Whole("days"), reason, ct, keepSlots);
        if (!outcome.Ok)
        {
            return Reply.Private(Problems.NothingSaved(outcome.Error!));
        }

        var (pause, extended) = outcome.Value!;
        var text = BuddyCopy.Paused(extended, pause.EndUtc, withReason: !string.IsNullOrWhiteSpace(reason));
        return Reply.Private(keepSlots ? text + "\n" + Rich("Pause_KeepSlots") : text);
    }
}
