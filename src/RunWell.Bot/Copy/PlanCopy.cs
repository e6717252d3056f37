using System.Globalization;
using RunWell.Domain.Messaging;
using RunWell.Domain.Plans;
using RunWell.Domain.Text;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>Every word of /plan: gentle, about keeping a slot rather than hitting a number; never "missed".</summary>
public static class PlanCopy
{
    public static RichText NoPlan => Rich("Plan_NoPlan");

    public static RichText Cleared => Rich("Plan_Cleared");

    public static RichText NothingToClear => Rich("Plan_NothingToClear");

    public static RichText Saved(PlanView plan) => Rich("Plan_Saved") + " " + Rich("Plan_Spirit") + "\n" + Describe(plan);

    public static RichText Show(PlanView plan) => Rich("Plan_Show") + "\n" + Describe(plan);

    public static RichText Refused(PlanParseResult refused)
    {
        var word = Quote(refused.Word);
        var why = refused.Problem switch
        {
            PlanProblem.NoDays => Rich("Plan_NoDays"),
            PlanProblem.UnknownWord => Rich("Plan_UnknownWord", word),
            PlanProblem.BadTime => Rich("Plan_BadTime", word),
            PlanProblem.TimeWithoutDay => Rich("Plan_TimeWithoutDay", word),
            PlanProblem.MissingTime => Rich("Plan_MissingTime", DayName(refused.Word)),
            PlanProblem.DuplicateDay => Rich("Plan_DuplicateDay", word),
            PlanProblem.MinutesOutOfRange => Rich("Problem_OutOfRange", new EmphasisPart("minutes"), PlanLimits.MinMinutes, PlanLimits.MaxMinutes, refused.Word),
            _ => Rich("Plan_Unreadable"),
        };
        return why + " " + Rich("Refused_NothingSaved");
    }

    /// <summary>"Tue 07:00 · Thu 07:00 · Sat 09:30" in the reader's language.</summary>
    public static string Slots(IEnumerable<PlanSlot> slots) =>
        string.Join(" · ", slots.Select(s => $"{Abbreviated(s.Day)} {Time(s.Time)}"));

    public static string DayName(DayOfWeek day) => Capitalised(CultureInfo.CurrentUICulture.DateTimeFormat.GetDayName(day));

    public static string Abbreviated(DayOfWeek day) => Capitalised(CultureInfo.CurrentUICulture.DateTimeFormat.GetAbbreviatedDayName(day));

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static RichText Describe(PlanView plan)
    {
        var lines = new List<RichText> { Rich("Plan_Slots", Slots(plan.Slots), plan.Minutes, plan.ZoneId) };
        if (plan.NextSlotsUtc.Count > 0)
        {
            lines.Add(Rich("Plan_Next", RichText.Join(", ", plan.NextSlotsUtc.Select(t => RichText.Of(TimestampPart.Utc(t))))));
        }

        lines.Add(plan.Reminders ? RemindersOn(plan) : Rich("Plan_RemindersOff"));
        return RichText.Join("\n", lines);
    }

    private static RichText RemindersOn(PlanView plan)
    {
        var line = Rich("Plan_RemindersOn");
        if (plan.QuietSlots.Count > 0)
        {
            line += " " + Rich(plan.EveningBefore ? "Plan_QuietEveningBefore" : "Plan_QuietNoReminder", Slots(plan.QuietSlots));
        }

        if (plan.NextReminderUtc is { } next)
        {
            line += " " + Rich("Plan_NextReminder", TimestampPart.Utc(next));
        }

        return line;
    }

    private static string DayName(string? word) => Enum.TryParse<DayOfWeek>(word, out var day) ? DayName(day) : Get("Plan_ThatDay");

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentUICulture) + text[1..];

    /// <summary>What the member typed, shown back safely: short, and unable to break out of its quotes.</summary>
    private static string Quote(string? word)
    {
        var text = (word ?? "").Replace("`", "'", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        return "\"" + TypedText.Shorten(text, 30) + "\"";
    }
}
