using RunWell.Domain.Time;

namespace RunWell.Domain.Reviews;

/// <summary>A member's own Monday–Sunday week, ready to render. Private to its owner.</summary>
/// <param name="IsCurrentWeek">The week is still in progress, so "no run yet" is not a gap.</param>
/// <param name="ActiveDays">Distinct days with a run.</param>
/// <param name="Mood">Average before→after over runs that have both sides; null when none do.</param>
/// <param name="WeeksInARow">Weeks up to this one with at least one run or a pause.</param>
public sealed record WeeklyReview(
    WeekWindow Week,
    bool IsCurrentWeek,
    int Runs,
    int Minutes,
    int MicroRuns,
    int CheckIns,
    int ActiveDays,
    AverageChange? Mood,
    AverageChange? Stress,
    AverageChange? Energy,
    BestSlot? BestTimeOfDay,
    BestSlot? BestDay,
    int WeeksInARow,
    bool PausedThisWeek,
    Observation Observation,
    IReadOnlyList<ReviewDay> Days)
{
    /// <summary>Runs logged through a group run's "I was there".</summary>
    public int GroupRuns { get; init; }
    /// <summary>The week beside the member's plan; null when they have none.</summary>
    public Plans.PlanWeek? Plan { get; init; }

    /// <summary>Nothing logged this week: the reply is an encouraging empty state, not an error.</summary>
    public bool IsEmpty => Runs == 0 && CheckIns == 0;
}

/// <summary>One day of the week for the chart: minutes run and the day's average mood before and after.</summary>
public sealed record ReviewDay(DateOnly Date, int Minutes, double? MoodBefore, double? MoodAfter)
{
    /// <summary>The day is still to come in the member's zone: no run yet is not a missed day.</summary>
    public bool Ahead { get; init; }
}

/// <summary>Averages over runs with both a "before" check-in and an "after" rating.</summary>
public sealed record AverageChange(double Before, double After, int Samples)
{
    public double Delta => After - Before;
}

/// <summary>The time of day (<see cref="Part"/>) or weekday (<see cref="Day"/>) whose runs changed mood the most (at least two samples).</summary>
public sealed record BestSlot(DayPart? Part, DayOfWeek? Day, double MoodChange, int Samples);

public enum ObservationKind
{
    None,
    EveningRunsLowerSleep,
    TimeOfDayLiftedMood,
    ShortRunsLiftedMood,
    MicroRunsKeptGoing,
    SteadyRhythm,
    PausedWeek,
    CheckInsOnly,
    FirstSteps,
}

/// <summary>Which gentle observation fits the week; <see cref="Count"/> is the rule's number (micro-runs, active days, minutes).</summary>
public sealed record Observation(ObservationKind Kind, int Count = 0);
