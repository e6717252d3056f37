using RunWell.Domain.Messaging;

namespace RunWell.Domain.Nudges;

/// <summary>The nudge DM and its channel fallback: warm, guilt-free, about five minutes, never about missing.</summary>
public static class NudgeCopy
{
    public const string SnoozePrefix = "nudge-snooze";
    public const string StopPrefix = "nudge-stop";

    private static readonly string[] Openers =
    [
        "Hey 👋 just a gentle hello from your running club.",
        "Hi! No pressure at all, just a small nudge from RunWell.",
        "Hello 🌱 thinking of you from the club today.",
    ];

    private static readonly string[] Tips =
    [
        "Try 30 seconds of easy jogging, then 90 seconds of walking, and repeat twice.",
        "Jog for 1 minute, walk for 2–3 minutes. Jog-walk is running, full stop.",
        "Walk out for 2½ minutes, turn around, and come back at whatever pace feels kind.",
        "Put on one favourite song and move until it ends. That's the whole plan.",
        "Go slowly enough that you could chat. Conversational pace is the right pace.",
        "Shoes on and out the door is the success; everything after that is a bonus.",
    ];

    /// <summary>The DM. Rotates by day and member so it doesn't read like a form letter.</summary>
    public static Message DirectMessage(ulong guildId, ulong userId, DateOnly localDate, string supportText)
    {
        var seed = localDate.DayNumber + (int)(userId % 997);
        var text =
            $"{Openers[seed % Openers.Length]}\n\n" +
            "If today feels heavy, **5 minutes is enough**: success is starting, not distance. " +
            "Missing a few days is not failing; it's just a few days.\n\n" +
            $"**Micro-run idea:** {Tips[seed % Tips.Length]}\n\n" +
            $"_{supportText}_";

        return new Message(text)
        {
            Buttons =
            [
                new ActionButton($"{SnoozePrefix}:{guildId}", "Snooze 3 days"),
                new ActionButton($"{StopPrefix}:{guildId}", "Stop nudges", ButtonStyle.Danger),
            ],
        };
    }

    /// <summary>
    /// When DMs are closed and the member agreed to it: one mention in the club channel that reads like
    /// any friendly hello, saying nothing about quiet days or being nudged.
    /// </summary>
    public static Message ChannelFallback(ulong userId) =>
        new($"{Mention.User(userId)} 👋 a friendly hello from the club. Five easy minutes count fully, jog-walk included. 🌱")
        {
            PingUserIds = [userId],
        };
}
