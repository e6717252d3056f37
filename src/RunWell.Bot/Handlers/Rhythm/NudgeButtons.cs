using System.Globalization;
using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using RunWell.Domain.Nudges;

namespace RunWell.Bot.Handlers.Rhythm;

/// <summary>"Snooze 3 days" on a nudge DM; the id carries the server, because a DM has none.</summary>
internal sealed class NudgeSnoozeButton(NudgeSettings nudges) : IComponentHandler, IDirectMessageComponent
{
    public string Prefix => NudgeCopy.SnoozePrefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (!NudgeButtonArgs.TryGuild(request, args, out var guildId))
        {
            return Reply.Private("That button has expired.");
        }

        var until = await nudges.SnoozeAsync(guildId, request.Caller.UserId, ct);
        return Reply.Private(until is { } end
            ? $"Snoozed. No nudges until {Mention.Time(new DateTimeOffset(end, TimeSpan.Zero), 'f')}. Rest is part of running too. 💛"
            : "Nudges are off for you already, so there is nothing to snooze.");
    }
}

/// <summary>"Stop nudges" on a nudge DM.</summary>
internal sealed class NudgeStopButton(NudgeSettings nudges) : IComponentHandler, IDirectMessageComponent
{
    public string Prefix => NudgeCopy.StopPrefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (!NudgeButtonArgs.TryGuild(request, args, out var guildId))
        {
            return Reply.Private("That button has expired.");
        }

        await nudges.TurnOffAsync(guildId, request.Caller.UserId, ct);
        return Reply.Private("Done: no more nudges. `/nudge on` in your club's server brings them back anytime.");
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
