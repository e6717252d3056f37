using System.Globalization;
using RunWell.Bot.Engine;

namespace RunWell.Bot.Handlers.Rhythm;

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
