using System.Globalization;

namespace RunWell.Domain.Reviews;

/// <summary>
/// One gentle observation per week, from simple rules tried in order. Patterns need at least two
/// samples on each side, and a difference of a whole point, so one odd day never becomes advice.
/// </summary>
public static class ReviewObservations
{
    public const int MinSamples = 2;
    public const double MeaningfulDifference = 1.0;
    public const int ShortRunMaxMinutes = 25;
    public const int SteadyRhythmDays = 3;

    public static Observation Pick(ObservationFacts facts)
    {
        if (facts.Runs == 0 && facts.CheckIns == 0)
        {
            return facts.Paused
                ? new(ObservationKind.PausedWeek, "You are taking a pause. Rest is part of it, and your weeks in a row are safe.")
                : new(ObservationKind.None, "");
        }

        if (facts.SleepAfterLateRuns.Count >= MinSamples && facts.SleepOtherNights.Count >= MinSamples
            && facts.SleepAfterLateRuns.Average() <= facts.SleepOtherNights.Average() - MeaningfulDifference)
        {
            return new(ObservationKind.EveningRunsLowerSleep,
                "Your evening runs were followed by lower sleep scores. An earlier slot might be worth a try.");
        }

        if (facts.BestTimeOfDay is { } best && best.MoodChange >= MeaningfulDifference)
        {
            return new(ObservationKind.TimeOfDayLiftedMood, string.Create(CultureInfo.InvariantCulture,
                $"{Capitalise(best.Label)} runs lifted your mood most (+{best.MoodChange:0.#} on average)."));
        }

        if (facts.ShortRunMoodChanges.Count >= MinSamples && facts.ShortRunMoodChanges.Average() >= MeaningfulDifference)
        {
            return new(ObservationKind.ShortRunsLiftedMood,
                $"Your short runs ({ShortRunMaxMinutes} minutes or less) lifted your mood. Short and easy really works.");
        }

        if (facts.MicroRuns > 0)
        {
            return new(ObservationKind.MicroRunsKeptGoing, facts.MicroRuns == 1
                ? "You did a micro-run this week: on a harder day you still started. That is the skill."
                : $"{facts.MicroRuns} micro-runs this week: on harder days you still started. That is the skill.");
        }

        if (facts.ActiveDays >= SteadyRhythmDays)
        {
            return new(ObservationKind.SteadyRhythm,
                $"You moved on {facts.ActiveDays} different days. That rhythm matters more than any single run.");
        }

        if (facts.Runs == 0)
        {
            return facts.Paused
                ? new(ObservationKind.PausedWeek, "You are taking a pause. Rest is part of it, and your weeks in a row are safe.")
                : new(ObservationKind.CheckInsOnly,
                    "You checked in on how you feel; noticing is part of it. A 5-minute walk is a fine next step.");
        }

        return new(ObservationKind.FirstSteps, "Every run you logged is a start. What slot could you keep next week?");
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
