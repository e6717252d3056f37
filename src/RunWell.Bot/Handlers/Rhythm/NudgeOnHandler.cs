using RunWell.Bot.Engine;
using RunWell.Domain.Nudges;

namespace RunWell.Bot.Handlers.Rhythm;

/// <summary>/nudge on [after_days].</summary>
internal sealed class NudgeOnHandler(NudgeSettings nudges) : ICommandHandler
{
    public string Path => "nudge on";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var member = await nudges.TurnOnAsync(context.Caller.Member, context.Input.Whole("after_days"), ct);
        return Reply.Private(
            $"Nudges are on. If you've had {member.NudgeAfterDays} quiet days (no run or check-in), I'll send you one gentle DM " +
            "with a 5-minute micro-run idea, never at night and never more than once in that many days. " +
            "Each nudge has Snooze and Stop buttons, and `/nudge off` works anytime. 🌱");
    }
}
