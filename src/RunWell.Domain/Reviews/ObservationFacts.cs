namespace RunWell.Domain.Reviews;

/// <summary>What the observation rules look at; built from one week of a member's entries.</summary>
/// <param name="SleepAfterLateRuns">Sleep scores the morning after an evening or night run.</param>
/// <param name="SleepOtherNights">Sleep scores after days without a late run.</param>
/// <param name="ShortRunMoodChanges">Mood change of runs of 25 minutes or less that have both sides.</param>
public sealed record ObservationFacts(
    int Runs,
    int CheckIns,
    int MicroRuns,
    int ActiveDays,
    bool Paused,
    BestSlot? BestTimeOfDay,
    IReadOnlyList<int> SleepAfterLateRuns,
    IReadOnlyList<int> SleepOtherNights,
    IReadOnlyList<int> ShortRunMoodChanges);
