namespace RunWell.Domain.Reviews;

/// <summary>
/// One gentle observation per week, from simple rules tried in order. The best-slot fields show what
/// two samples say; an observation that reads like a pattern needs three on each side and a whole
/// point of difference, so one or two odd days never become advice.
/// </summary>
public static class ReviewObservations
{
    public const int MinSamples = 2;
    public const int PatternSamples = 3;
    public const double MeaningfulDifference = 1.0;
    public const int ShortRunMaxMinutes = 25;
    public const int SteadyRhythmDays = 3;

    public static Observation Pick(ObservationFacts facts)
    {
        if (facts.Runs == 0 && facts.CheckIns == 0)
        {
            return facts.Paused
                ? new(ObservationKind.PausedWeek)
                : new(ObservationKind.None);
        }

        if (facts.SleepAfterLateRuns.Count >= PatternSamples && facts.SleepOtherNights.Count >= PatternSamples
            && facts.SleepAfterLateRuns.Average() <= facts.SleepOtherNights.Average() - MeaningfulDifference)
        {
            return new(ObservationKind.EveningRunsLowerSleep);
        }

        if (facts.BestTimeOfDay is { } best && best.Samples >= PatternSamples && best.MoodChange >= MeaningfulDifference)
        {
            return new(ObservationKind.TimeOfDayLiftedMood);
        }

        if (facts.ShortRunMoodChanges.Count >= PatternSamples && facts.ShortRunMoodChanges.Average() >= MeaningfulDifference)
        {
            return new(ObservationKind.ShortRunsLiftedMood, ShortRunMaxMinutes);
        }

        if (facts.MicroRuns > 0)
        {
            return new(ObservationKind.MicroRunsKeptGoing, facts.MicroRuns);
        }

        if (facts.ActiveDays >= SteadyRhythmDays)
        {
            return new(ObservationKind.SteadyRhythm, facts.ActiveDays);
        }

        if (facts.Runs == 0)
        {
            return facts.Paused
                ? new(ObservationKind.PausedWeek)
                : new(ObservationKind.CheckInsOnly);
        }

        return new(ObservationKind.FirstSteps);
    }
}
