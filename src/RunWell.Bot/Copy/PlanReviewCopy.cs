using RunWell.Domain.Messaging;
using RunWell.Domain.Plans;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>
/// The review's "Your plan" card: the week beside the plan as information. A week below the plan is said
/// plainly and kindly; there is no "missed" anywhere, and runs on other days count the same.
/// </summary>
public static class PlanReviewCopy
{
    public static Card Card(PlanWeek plan, bool weekInProgress) => new(Get("PlanReview_Title"), Observation(plan, weekInProgress))
    {
        Fields =
        [
            new(Get("PlanReview_PlannedDays"), Get("PlanReview_OfSlots", plan.PlannedDaysWithRun, plan.Slots.Count)),
            new(Get("PlanReview_OtherDays"), Get("PlanReview_Number", plan.RunsOnOtherDays)),
            new(Get("Review_Minutes"), Get("PlanReview_MinutesOfPlan", plan.Minutes, plan.PlannedMinutes)),
        ],
        Footer = PlanCopy.Slots(plan.Slots),
    };

    /// <summary>One gentle sentence, the most encouraging true one.</summary>
    public static RichText Observation(PlanWeek plan, bool weekInProgress)
    {
        if (plan.Held is { } held)
        {
            return Rich("PlanReview_Held", Get("PlanSlot_" + held.Part, PlanCopy.DayName(held.Day)), held.Weeks);
        }

        if (plan.PlannedDaysWithRun >= plan.Slots.Count)
        {
            return Rich("PlanReview_AllDays");
        }

        if (plan.RunsOnOtherDays > 0)
        {
            return Rich("PlanReview_OtherDaysCount");
        }

        return Rich(weekInProgress ? "PlanReview_InProgress" : "PlanReview_Lighter");
    }
}
