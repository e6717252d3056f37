using System.Globalization;
using RunWell.Bot.Charts;
using RunWell.Bot.Presenters;
using RunWell.Domain.Messaging;
using RunWell.Domain.Reviews;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>Renders a member's weekly review: counts and feelings, never pace or distance.</summary>
public static class ReviewCopy
{
    public static Message Render(WeeklyReview review, byte[]? chartPng)
    {
        var heading = Rich(review.IsCurrentWeek ? "Review_HeadingSoFar" : "Review_Heading", Dates.Day(review.Week.Monday), Dates.Day(review.Week.Sunday));
        var question = new Card(Get("Review_QuestionTitle"), SelfCheck.For(review.Week.Monday));
        Card[] plan = review.Plan is { } week ? [PlanReviewCopy.Card(week, review.IsCurrentWeek)] : [];
        if (review.IsEmpty)
        {
            var body = review.Observation.Kind == ObservationKind.PausedWeek ? Observation(review) : Rich("Review_Empty");
            return new Message(heading) { Cards = [new Card(Get("Review_FreshStart"), body + Streak(review)), .. plan, question] };
        }

        var fields = new List<CardField>
        {
            new(Get("Review_Runs"), (review.MicroRuns > 0 ? Get("Review_RunsWithMicro", review.Runs, review.MicroRuns) : Number(review.Runs))
                + (review.GroupRuns > 0 ? Get("Review_WithTheGroup", review.GroupRuns) : "")),
            new(Get("Review_Minutes"), Number(review.Minutes)),
            new(Get("Review_CheckIns"), Number(review.CheckIns)),
        };
        AddChange(fields, "Review_Mood", review.Mood);
        AddChange(fields, "Review_Stress", review.Stress);
        AddChange(fields, "Review_Energy", review.Energy);
        if (review.Observation.Kind != ObservationKind.TimeOfDayLiftedMood)
        {
            // Otherwise the observation right above already says it.
            AddBest(fields, "Review_BestTime", review.BestTimeOfDay);
        }

        AddBest(fields, "Review_BestDay", review.BestDay);
        fields.Add(new(Get("Review_WeeksInARow"), review.PausedThisWeek ? Get("Review_WeeksWithPause", review.WeeksInARow) : Number(review.WeeksInARow)));

        var card = new Card(Get(review.IsCurrentWeek ? "Review_ThisWeek" : "Review_ThatWeek"), Observation(review))
        {
            Fields = fields,
            ImageFileName = chartPng is null ? null : IReviewChart.FileName,
        };
        return new Message(heading)
        {
            Cards = [card, .. plan, question],
            Files = chartPng is null ? [] : [new FileAttachment(IReviewChart.FileName, chartPng, Get("Review_ChartDescription"))],
        };
    }

    /// <summary>The week's one gentle observation, in words.</summary>
    public static RichText Observation(WeeklyReview review) => review.Observation.Kind switch
    {
        ObservationKind.PausedWeek => Rich("Observation_PausedWeek"),
        ObservationKind.EveningRunsLowerSleep => Rich("Observation_EveningRunsLowerSleep"),
        ObservationKind.TimeOfDayLiftedMood when review.BestTimeOfDay is { Part: { } part } best =>
            Rich("Observation_TimeOfDayLiftedMood", Get("DayPartRuns_" + part), best.MoodChange.ToString("+0.#", CultureInfo.CurrentUICulture)),
        ObservationKind.ShortRunsLiftedMood => Rich("Observation_ShortRunsLiftedMood", review.Observation.Count),
        ObservationKind.MicroRunsKeptGoing when review.Observation.Count == 1 => Rich("Observation_MicroRun"),
        ObservationKind.MicroRunsKeptGoing => Rich("Observation_MicroRuns", review.Observation.Count),
        ObservationKind.SteadyRhythm => Rich("Observation_SteadyRhythm", review.Observation.Count),
        ObservationKind.CheckInsOnly => Rich("Observation_CheckInsOnly"),
        ObservationKind.FirstSteps => Rich("Observation_FirstSteps"),
        _ => RichText.Empty,
    };

    private static string DayPartName(DayPart part) => Get("DayPart_" + part);

    private static void AddChange(List<CardField> fields, string nameKey, AverageChange? change)
    {
        if (change is not null)
        {
            var samples = Format.Count(change.Samples, "Count_Runs");
            fields.Add(new(Get(nameKey), Get("Review_Change",
                change.Before.ToString("0.#", CultureInfo.CurrentUICulture),
                change.After.ToString("0.#", CultureInfo.CurrentUICulture),
                change.Delta.ToString("+0.#;-0.#;±0", CultureInfo.CurrentUICulture),
                samples)));
        }
    }

    private static void AddBest(List<CardField> fields, string nameKey, BestSlot? best)
    {
        if (best is not null)
        {
            var name = best.Part is { } part ? DayPartName(part) : CultureInfo.CurrentUICulture.DateTimeFormat.GetDayName(best.Day!.Value);
            fields.Add(new(Get(nameKey), Get("Review_Best",
                Capitalised(name), best.MoodChange.ToString("0.#", CultureInfo.CurrentUICulture), Format.Count(best.Samples, "Count_Runs"))));
        }
    }

    private static RichText Streak(WeeklyReview review) =>
        review.WeeksInARow > 0 ? "\n" + Rich("Review_StreakSoFar", review.WeeksInARow) : RichText.Empty;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentUICulture) + text[1..];

    private static string Number(int value) => value.ToString(CultureInfo.CurrentUICulture);
}
