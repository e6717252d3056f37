using RunWell.Bot.Engine;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Rhythm;

/// <summary>/nudge on [after_days] [if_dms_closed].</summary>
internal sealed class NudgeOnHandler(NudgeSettings nudges) : ICommandHandler
{
    public string Path => "nudge on";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        NudgeFallback? fallback = context.Input.Text("if_dms_closed") switch
        {
            "mention" => NudgeFallback.MentionInChannel,
            "skip" => NudgeFallback.Skip,
            _ => null,
        };
        var member = await nudges.TurnOnAsync(context.Caller.Member, context.Input.Whole("after_days"), fallback, ct);
        var closed = Rich(member.NudgeIfDmsClosed == NudgeFallback.MentionInChannel ? "Nudge_OnDmsClosedMention" : "Nudge_OnDmsClosedSkip");
        return Reply.Private(Rich("Nudge_On", member.NudgeAfterDays, closed));
    }
}
