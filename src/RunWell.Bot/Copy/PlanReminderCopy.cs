using System.Globalization;
using RunWell.Domain.Entries;
using RunWell.Domain.Messaging;
using RunWell.Domain.Plans;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>The slot reminder DM (in the member's language) and the replies to its three buttons.</summary>
public static class PlanReminderCopy
{
    public const string DonePrefix = "plan-done";
    public const string WalkPrefix = "plan-walk";
    public const string SkipPrefix = "plan-skip";

    /// <summary>The DM, in the language the presenter set (the member's).</summary>
    public static Message Compose(PlanReminderFacts facts)
    {
        var reminder = facts.Reminder;
        var slot = $"{PlanCopy.DayName(reminder.Slot.Day)} {PlanCopy.Time(reminder.Slot.Time)}";
        var when = !reminder.EveningBefore ? "" : reminder.Slot.Time < new TimeOnly(12, 0) ? Get("Plan_Tomorrow") : Get("Plan_Tonight");
        var text = facts.SuggestWalk ? Rich("Plan_ReminderWalk", slot, when) : Rich("Plan_Reminder", slot, when, facts.Minutes);
        var args = ButtonArgs(facts.GuildId, reminder.SlotDate);
        return new Message(text)
        {
            Buttons =
            [
                new ActionButton($"{DonePrefix}:{args}", Get("Plan_DoneButton"), ButtonStyle.Success),
                new ActionButton($"{WalkPrefix}:{args}", Get("Plan_WalkButton")),
                new ActionButton($"{SkipPrefix}:{args}", Get("Plan_SkipButton")),
            ],
        };
    }

    public static RichText Answered(PlanAnswerResult result)
    {
        if (result.Status == PlanAnswerStatus.NotFound)
        {
            return Rich("Plan_ReminderExpired");
        }

        if (result.Status == PlanAnswerStatus.AlreadyAnswered)
        {
            return Rich("Plan_AlreadyNoted", Label(result.Answer));
        }

        if (result.Logged is not { } logged)
        {
            return Rich("Plan_NotToday");
        }

        var run = logged.Run;
        var lines = new List<RichText> { Rich(run.Kind == RunKind.Walk ? "Plan_LoggedWalk" : "Plan_LoggedRun", run.Minutes) };
        lines.AddRange(logged.Milestones.Select(m => (RichText)MilestoneCopy.Line(m)));
        return RichText.Join("\n", lines);
    }

    private static string Label(PlanAnswer answer) => Get(answer switch
    {
        PlanAnswer.Done => "Plan_AnswerDone",
        PlanAnswer.Walk => "Plan_AnswerWalk",
        _ => "Plan_AnswerNotToday",
    });

    /// <summary>"guildId:yyyyMMdd": the server (a DM has none) and the slot's date.</summary>
    public static string ButtonArgs(ulong guildId, DateOnly slotDate) =>
        string.Create(CultureInfo.InvariantCulture, $"{guildId}:{slotDate:yyyyMMdd}");
}
