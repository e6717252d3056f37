using RunWell.Bot.Engine;
using RunWell.Domain.Nudges;
using static RunWell.Bot.Words.Words;

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
            ? Rich("Nudge_Off")
            : Rich("Nudge_AlreadyOff"));
    }
}
