using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using RunWell.Domain.Nudges;
using RunWell.Bot.Presenters;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Rhythm;

/// <summary>"Snooze 3 days" on a nudge DM; the id carries the server, because a DM has none.</summary>
internal sealed class NudgeSnoozeButton(NudgeSettings nudges) : IComponentHandler, IDirectMessageComponent
{
    public string Prefix => NudgeIds.SnoozePrefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (!NudgeButtonArgs.TryGuild(request, args, out var guildId))
        {
            return Reply.Private(Rich("Button_Expired"));
        }

        var until = await nudges.SnoozeAsync(guildId, request.Caller.UserId, ct);
        return Reply.Private(until is { } end
            ? Rich("Nudge_Snoozed", TimestampPart.Utc(end))
            : Rich("Nudge_NothingToSnooze"));
    }
}
