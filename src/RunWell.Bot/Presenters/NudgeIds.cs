namespace RunWell.Bot.Presenters;

/// <summary>The nudge DM's button ids, "nudge-snooze:&lt;guild&gt;" and "nudge-stop:&lt;guild&gt;": a DM has no server, so the id carries it.</summary>
internal static class NudgeIds
{
    public const string SnoozePrefix = "nudge-snooze";
    public const string StopPrefix = "nudge-stop";

    public static string Snooze(ulong guildId) => $"{SnoozePrefix}:{guildId}";

    public static string Stop(ulong guildId) => $"{StopPrefix}:{guildId}";
}
