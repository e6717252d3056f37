using System.Globalization;
using RunWell.Domain.Messaging;
using RunWell.Domain.Plans;
using RunWell.Domain.Reviews;

namespace RunWell.Bot.Copy;

/// <summary>
/// The review's "Your plan" card: the week beside the plan as information. A week below the plan is said
/// plainly and kindly; there is no "missed" anywhere, and runs on other days count the same.
/// </summary>
public static class PlanReviewCopy
{
    public static Card Card(PlanWeek plan, bool weekInProgress) => new("Your plan", Observation(plan, weekInProgress))
    {
        Fields =
        [
            new("Planned days with a run", string.Create(CultureInfo.InvariantCulture, $"{plan.PlannedDaysWithRun} of {plan.Slots.Count}")),
            new("Runs on other days", plan.RunsOnOtherDays.ToString(CultureInfo.InvariantCulture)),
            new("Minutes", string.Create(CultureInfo.InvariantCulture, $"{plan.Minutes} (plan: {plan.PlannedMinutes})")),
        ],
        Footer = PlanCopy.Slots(plan.Slots),
    };

    /// <summary>One gentle sentence, the most encouraging true one.</summary>
    public static string Observation(PlanWeek plan, bool weekInProgress)
    {
        if (plan.Held is { } held)
        {
            return $"Your {held.Day} {DayParts.Label(held.Part)}s held {Weeks(held.Weeks)} running. That's a ritual taking root. 🌱";
        }

        if (plan.PlannedDaysWithRun >= plan.Slots.Count)
        {
            return "Every planned day had a run this week. The slots are doing their job.";
        }

        if (plan.RunsOnOtherDays > 0)
        {
            return "Runs on other days count just the same: the plan is a guide, not a test.";
        }

        return weekInProgress
            ? "The week is still going, and every slot ahead is a fresh one. Five minutes keeps it."
            : "A lighter week than planned is information, not failure. The slots are still yours; a walk or 5 minutes keeps them.";
    }

    private static string Weeks(int weeks) => weeks switch
    {
        2 => "two weeks",
        3 => "three weeks",
        4 => "four weeks",
        _ => string.Create(CultureInfo.InvariantCulture, $"{weeks} weeks"),
    };
}
