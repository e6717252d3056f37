using System.Globalization;
using RunWell.Domain.Entries;
using RunWell.Domain.Messaging;
using RunWell.Domain.Plans;

namespace RunWell.Bot.Copy;

/// <summary>The slot reminder DM and the replies to its three buttons.</summary>
public sealed class PlanReminderCopy : IPlanReminderComposer
{
    public const string DonePrefix = "plan-done";
    public const string WalkPrefix = "plan-walk";
    public const string SkipPrefix = "plan-skip";

    public Message Compose(PlanReminderFacts facts)
    {
        var reminder = facts.Reminder;
        var slot = $"{PlanCopy.DayName(reminder.Slot.Day)} {PlanCopy.Time(reminder.Slot.Time)}";
        var when = !reminder.EveningBefore ? "" : reminder.Slot.Time < new TimeOnly(12, 0) ? " tomorrow" : " tonight";
        var text = facts.SuggestWalk
            ? $"🌿 Your {slot} slot{when}. You're on a break, so if it feels right, an easy walk keeps the slot; rest is fine too."
            : $"🌱 Your {slot} slot{when}: even 5 minutes counts. You planned {facts.Minutes} easy minutes; a walk counts too.";
        var args = ButtonArgs(facts.GuildId, reminder.SlotDate);
        return new Message(text)
        {
            Buttons =
            [
                new ActionButton($"{DonePrefix}:{args}", "Done", ButtonStyle.Success),
                new ActionButton($"{WalkPrefix}:{args}", "Just a walk today"),
                new ActionButton($"{SkipPrefix}:{args}", "Not today — that's OK"),
            ],
        };
    }

    public static string Answered(PlanAnswerResult result)
    {
        if (result.Status == PlanAnswerStatus.NotFound)
        {
            return "That reminder has expired. `/run log` works anytime.";
        }

        if (result.Status == PlanAnswerStatus.AlreadyAnswered)
        {
            return $"Already noted ({Label(result.Answer)}); nothing was added twice.";
        }

        if (result.Logged is not { } logged)
        {
            return "That's OK. Rest is part of running too, and your next slot is still yours. 💛";
        }

        var run = logged.Run;
        var lines = new List<string>
        {
            run.Kind == RunKind.Walk
                ? $"Logged a {run.Minutes} min walk, privately. A walk keeps the slot. 🌿"
                : $"Logged {run.Minutes} min from your plan, privately. Showing up is the win. 💛",
        };
        lines.AddRange(logged.Milestones.Select(MilestoneCopy.Line));
        return string.Join('\n', lines);
    }

    private static string Label(PlanAnswer answer) => answer switch
    {
        PlanAnswer.Done => "done",
        PlanAnswer.Walk => "a walk",
        _ => "not today",
    };

    /// <summary>"guildId:yyyyMMdd": the server (a DM has none) and the slot's date.</summary>
    public static string ButtonArgs(ulong guildId, DateOnly slotDate) =>
        string.Create(CultureInfo.InvariantCulture, $"{guildId}:{slotDate:yyyyMMdd}");
}
