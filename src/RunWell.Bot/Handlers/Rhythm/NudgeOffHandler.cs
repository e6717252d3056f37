using RunWell.Bot.Engine;
using RunWell.Domain.Nudges;

namespace RunWell.Bot.Handlers.Rhythm;

/// <summary>/nudge off.</summary>
internal sealed class NudgeOffHandler(NudgeSettings nudges) : ICommandHandler
{
    public string Path => "nudge off";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var caller = context.Caller;
        var wasOn = await nudges.TurnOffAsync(caller.GuildId!.Value, caller.UserId, ct);
        return Reply.Private(wasOn
            ? "Nudges are off. No more DMs from me about quiet days. `/nudge on` brings them back anytime."
            : "Nudges were already off, so nothing changed.");
    }
}
