using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain.Nudges;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Rhythm;

/// <summary>"Stop nudges" on a nudge DM.</summary>
internal sealed class NudgeStopButton(NudgeSettings nudges) : IComponentHandler, IDirectMessageComponent
{
    public string Prefix => NudgeIds.StopPrefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (!NudgeButtonArgs.TryGuild(request, args, out var guildId))
        {
            return Reply.Private(Rich("Button_Expired"));
        }

        await nudges.TurnOffAsync(guildId, request.Caller.UserId, ct);
        return Reply.Private(Rich("Nudge_Stopped"));
    }
}
