using System.Globalization;
using RunWell.Domain.Messaging;
using RunWell.Domain.Plans;

namespace RunWell.Bot.Copy;

/// <summary>Every word of /plan: gentle, about keeping a slot rather than hitting a number; never "missed".</summary>
public static class PlanCopy
{
    public const string Spirit = "Keep the slot, not the distance: 5 minutes counts, and a walk counts too. 💛";

    public const string NoPlan =
        "You have no plan yet. Try `/plan set days:tue thu sat time:07:00`: a few easy slots that anchor your week.";

    public const string Cleared = "Your plan is cleared and its reminders stopped. Logging works as always; `/plan set` brings a plan back anytime.";

    public const string NothingToClear = "You had no plan to clear, so nothing changed.";

    public static string Saved(PlanView plan) => "Your plan is set. " + Spirit + "\n" + Describe(plan);

    public static string Show(PlanView plan) => "Your plan (only you see this):\n" + Describe(plan);

    public static string Refused(PlanParseResult refused)
    {
        var word = Quote(refused.Word);
        var why = refused.Problem switch
        {
            PlanProblem.NoDays => "**days** needs at least one day, e.g. `tue thu sat` or `lun mié vie`.",
            PlanProblem.UnknownWord => $"I don't know {word} as a day. Use day names or short forms in English or Spanish, e.g. `tue thu sat` or `mar jue sáb`.",
            PlanProblem.BadTime => $"{word} isn't a time I can read: use 24-hour HH:mm, e.g. `07:00` or `18:30`.",
            PlanProblem.TimeWithoutDay => $"{word} comes before any day: put each time after its day, e.g. `tue 07:00 sat 09:30`.",
            PlanProblem.MissingTime => $"{DayName(refused.Word)} has no time: add **time** (e.g. `time:07:00`) or put one after the day, e.g. `tue 07:00`.",
            PlanProblem.DuplicateDay => $"{word} appears twice in **days**: each day holds one slot.",
            PlanProblem.MinutesOutOfRange => $"**minutes** must be from {PlanLimits.MinMinutes} to {PlanLimits.MaxMinutes} (you sent {refused.Word}).",
            _ => "I couldn't read that plan.",
        };
        return why + " Nothing was saved.";
    }

    /// <summary>"Tue 07:00 · Thu 07:00 · Sat 09:30".</summary>
    public static string Slots(IEnumerable<PlanSlot> slots) =>
        string.Join(" · ", slots.Select(s => $"{Abbreviated(s.Day)} {Time(s.Time)}"));

    public static string DayName(DayOfWeek day) => day.ToString();

    public static string Abbreviated(DayOfWeek day) => day.ToString()[..3];

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Describe(PlanView plan)
    {
        var lines = new List<string>
        {
            $"**{Slots(plan.Slots)}**, {plan.Minutes} easy minutes each ({plan.ZoneId}).",
        };
        if (plan.NextSlotsUtc.Count > 0)
        {
            lines.Add("Next: " + string.Join(", ", plan.NextSlotsUtc.Select(t => Mention.Time(new DateTimeOffset(t, TimeSpan.Zero), 'f'))));
        }

        lines.Add(plan.Reminders ? RemindersOn(plan) : "Reminders: off (`/plan set` with `reminders:True` sends one DM at each slot).");
        return string.Join('\n', lines);
    }

    private static string RemindersOn(PlanView plan)
    {
        var line = "Reminders: on, one DM at each slot, never between 21:00 and 08:00, and none on a day you already ran.";
        if (plan.QuietSlots.Count > 0)
        {
            line += plan.EveningBefore
                ? $" {Slots(plan.QuietSlots)} fall in those hours, so their reminder comes at 20:00 the evening before."
                : $" {Slots(plan.QuietSlots)} fall in those hours, so they get no reminder (`evening_before:True` sends one at 20:00 the evening before).";
        }

        if (plan.NextReminderUtc is { } next)
        {
            line += $" Next reminder: {Mention.Time(new DateTimeOffset(next, TimeSpan.Zero), 'f')}.";
        }

        return line;
    }

    private static string DayName(string? word) => Enum.TryParse<DayOfWeek>(word, out var day) ? DayName(day) : "That day";

    /// <summary>What the member typed, shown back safely: short, and unable to break out of its quotes.</summary>
    private static string Quote(string? word)
    {
        var text = (word ?? "").Replace("`", "'", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        return "\"" + (text.Length <= 30 ? text : text[..30] + "…") + "\"";
    }
}
