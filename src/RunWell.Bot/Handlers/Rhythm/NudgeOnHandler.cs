using RunWell.Bot.Engine;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;

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
        var closed = member.NudgeIfDmsClosed == NudgeFallback.MentionInChannel
            ? "If your DMs are closed, I'll mention you once in the club channel with a friendly hello (it never says you've been quiet)."
            : "If your DMs are closed, that nudge is simply skipped: nothing is ever posted about you in public.";
        return Reply.Private(
            $"Nudges are on. If you've had {member.NudgeAfterDays} quiet days (no run or check-in), I'll send you one gentle DM " +
            "with a 5-minute micro-run idea, never at night and never more than once in that many days. " +
            closed + " Each nudge has Snooze and Stop buttons, and `/nudge off` works anytime. 🌱");
    }
}
