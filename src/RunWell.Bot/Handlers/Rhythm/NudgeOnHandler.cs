using RunWell.Bot.Engine;
using RunWell.Domain.Nudges;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Rhythm;

/// <summary>/nudge on [after_days].</summary>
internal sealed class NudgeOnHandler(NudgeSettings nudges) : ICommandHandler
{
    public string Path => "nudge on";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var member = await nudges.TurnOnAsync(context.Caller.Member, context.Input.Whole("after_days"), ct);
        return Reply.Private(Rich("Nudge_On", member.NudgeAfterDays));
    }
}
