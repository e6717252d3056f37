using System.Globalization;
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

internal static class NudgeButtonArgs
{
    /// <summary>
    /// The server the nudge came from. Nudge buttons live in DMs; pressed inside a server (a forwarded
    /// message), they only count for that same server, so one server's button never changes another's settings.
    /// </summary>
    public static bool TryGuild(ComponentRequest request, IReadOnlyList<string> args, out ulong guildId)
    {
        guildId = 0;
        return args.Count == 1
            && ulong.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out guildId)
            && (request.Caller.GuildId is null || request.Caller.GuildId == guildId);
    }
}
