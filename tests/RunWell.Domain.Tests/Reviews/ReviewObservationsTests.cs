using RunWell.Domain.Reviews;

namespace RunWell.Domain.Tests.Reviews;

public sealed class ReviewObservationsTests
{
    private static ObservationFacts Facts(
        int runs = 2, int checkIns = 0, int microRuns = 0, int activeDays = 2, bool paused = false, BestSlot? best = null,
        int[]? lateSleep = null, int[]? otherSleep = null, int[]? shortRunChanges = null) =>
        new(runs, checkIns, microRuns, activeDays, paused, best, lateSleep ?? [], otherSleep ?? [], shortRunChanges ?? []);

    [Fact]
    public void Evening_runs_followed_by_lower_sleep_are_noticed_first()
    {
        var facts = Facts(best: new BestSlot(DayPart.Morning, null, 3, 3), lateSleep: [4, 5, 4], otherSleep: [7, 7, 6]);

        Assert.Equal(ObservationKind.EveningRunsLowerSleep, ReviewObservations.Pick(facts).Kind);
    }

    [Theory]
    [InlineData(new[] { 6, 6, 6 }, new[] { 7, 6, 6 })]
    [InlineData(new[] { 3, 3 }, new[] { 8, 8, 8 })]
    [InlineData(new[] { 3, 3, 3 }, new[] { 8, 8 })]
    public void Sleep_is_only_mentioned_with_three_samples_each_and_a_whole_point_lower(int[] late, int[] other)
    {
        Assert.NotEqual(ObservationKind.EveningRunsLowerSleep, ReviewObservations.Pick(Facts(lateSleep: late, otherSleep: other)).Kind);
    }

    [Fact]
    public void A_time_of_day_that_lifted_mood_by_a_point_is_named()
    {
        var observation = ReviewObservations.Pick(Facts(best: new BestSlot(DayPart.Morning, null, 2.5, 3)));

        Assert.Equal(new Observation(ObservationKind.TimeOfDayLiftedMood), observation);
    }

    [Fact]
    public void Two_runs_are_not_a_pattern()
    {
        // The best-slot field may show two samples; advice that reads like a pattern waits for three.
        Assert.NotEqual(ObservationKind.TimeOfDayLiftedMood, ReviewObservations.Pick(Facts(best: new BestSlot(DayPart.Morning, null, 2.5, 2))).Kind);
        Assert.NotEqual(ObservationKind.ShortRunsLiftedMood, ReviewObservations.Pick(Facts(shortRunChanges: [2, 3])).Kind);
        Assert.NotEqual(ObservationKind.EveningRunsLowerSleep, ReviewObservations.Pick(Facts(lateSleep: [3, 3], otherSleep: [8, 8])).Kind);
    }

    [Fact]
    public void A_small_lift_is_not_turned_into_advice()
    {
        Assert.NotEqual(ObservationKind.TimeOfDayLiftedMood, ReviewObservations.Pick(Facts(best: new BestSlot(DayPart.Morning, null, 0.5, 3))).Kind);
    }

    [Fact]
    public void Short_runs_that_lifted_mood_are_celebrated()
    {
        Assert.Equal(ObservationKind.ShortRunsLiftedMood, ReviewObservations.Pick(Facts(shortRunChanges: [1, 2, 1])).Kind);
    }

    [Fact]
    public void Micro_runs_are_celebrated_as_starting()
    {
        var observation = ReviewObservations.Pick(Facts(microRuns: 2));

        Assert.Equal(new Observation(ObservationKind.MicroRunsKeptGoing, 2), observation);
    }

    [Fact]
    public void Three_active_days_is_a_steady_rhythm()
    {
        Assert.Equal(ObservationKind.SteadyRhythm, ReviewObservations.Pick(Facts(runs: 3, activeDays: 3)).Kind);
    }

    [Fact]
    public void Check_ins_without_runs_get_a_gentle_next_step()
    {
        Assert.Equal(ObservationKind.CheckInsOnly, ReviewObservations.Pick(Facts(runs: 0, checkIns: 2, activeDays: 0)).Kind);
    }

    [Fact]
    public void A_paused_week_is_reassured_not_judged()
    {
        var observation = ReviewObservations.Pick(Facts(runs: 0, activeDays: 0, paused: true));

        Assert.Equal(ObservationKind.PausedWeek, observation.Kind);
    }

    [Fact]
    public void One_or_two_runs_without_a_pattern_are_a_start()
    {
        Assert.Equal(ObservationKind.FirstSteps, ReviewObservations.Pick(Facts(runs: 1, activeDays: 1)).Kind);
    }

    [Fact]
    public void The_builder_feeds_sleep_the_morning_after_an_evening_run()
    {
        var f = new Fixtures();
        f.Run(0, "19:30", 20);
        f.Run(2, "20:00", 20);
        f.Run(4, "21:00", 20);
        f.CheckIn(1, "07:00", mood: 6, sleep: 4);
        f.CheckIn(3, "07:00", mood: 6, sleep: 5);
        f.CheckIn(5, "07:00", mood: 6, sleep: 4);
        f.CheckIn(4, "07:00", mood: 6, sleep: 8);
        f.CheckIn(6, "07:00", mood: 6, sleep: 7);
        f.CheckIn(2, "07:00", mood: 6, sleep: 8);

        Assert.Equal(ObservationKind.EveningRunsLowerSleep, f.Build().Observation.Kind);
    }
}
