using System.Globalization;
using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;
using RunWell.Domain.Reviews;

namespace RunWell.Bot.Copy;

/// <summary>Renders a member's weekly review: counts and feelings, never pace or distance.</summary>
public static class ReviewCopy
{
    public const string EmptyState =
        "Nothing logged this week yet, and that is completely fine. A 5-minute micro-run or a quick `/checkin` is a great start. 🌱";

    public static Message Render(WeeklyReview review, byte[]? chartPng)
    {
        var heading = $"**Your week**, {Day(review.Week.Monday)} – {Day(review.Week.Sunday)}{(review.IsCurrentWeek ? " (so far)" : "")}";
        var question = new Card("A question for you", review.SelfCheckQuestion);
        Card[] plan = review.Plan is { } week ? [PlanReviewCopy.Card(week, review.IsCurrentWeek)] : [];
        if (review.IsEmpty)
        {
            var body = review.Observation.Kind == ObservationKind.PausedWeek ? review.Observation.Text : EmptyState;
            return new Message(heading) { Cards = [new Card("Fresh start", body + Streak(review)), .. plan, question] };
        }

        var fields = new List<CardField>
        {
            new("Runs", review.Runs + (review.MicroRuns > 0 ? $" ({review.MicroRuns} micro)" : "") + (review.GroupRuns > 0 ? $" · {review.GroupRuns} with the group" : "")),
            new("Minutes", review.Minutes.ToString(CultureInfo.InvariantCulture)),
            new("Check-ins", review.CheckIns.ToString(CultureInfo.InvariantCulture)),
        };
        AddChange(fields, "Mood", review.Mood);
        AddChange(fields, "Stress", review.Stress);
        AddChange(fields, "Energy", review.Energy);
        AddBest(fields, "Best time of day", review.BestTimeOfDay);
        AddBest(fields, "Best day", review.BestDay);
        fields.Add(new("Weeks in a row", WeeksText(review)));

        var card = new Card("This week", review.Observation.Text)
        {
            Fields = fields,
            ImageFileName = chartPng is null ? null : IReviewChart.FileName,
        };
        return new Message(heading)
        {
            Cards = [card, .. plan, question],
            Files = chartPng is null ? [] : [new FileAttachment(IReviewChart.FileName, chartPng, "Minutes per day and mood before/after")],
        };
    }

    private static void AddChange(List<CardField> fields, string name, AverageChange? change)
    {
        if (change is not null)
        {
            fields.Add(new(name, string.Create(CultureInfo.InvariantCulture,
                $"{change.Before:0.#} → {change.After:0.#} ({change.Delta:+0.#;-0.#;±0}, {Runs(change.Samples)})")));
        }
    }

    private static void AddBest(List<CardField> fields, string name, BestSlot? best)
    {
        if (best is not null)
        {
            fields.Add(new(name, string.Create(CultureInfo.InvariantCulture,
                $"{best.Label} (mood +{best.MoodChange:0.#}, {Runs(best.Samples)})")));
        }
    }

    private static string WeeksText(WeeklyReview review) =>
        review.WeeksInARow + (review.PausedThisWeek ? " (a pause counts too)" : "");

    private static string Streak(WeeklyReview review) =>
        review.WeeksInARow > 0 ? $"\nWeeks in a row so far: {review.WeeksInARow}." : "";

    private static string Runs(int n) => n == 1 ? "1 run" : $"{n} runs";

    private static string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
