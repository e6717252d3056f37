using RunWell.Domain.Reviews;

namespace RunWell.Domain.Tests.Reviews;

public sealed class WeeklyReviewBuilderTests
{
    [Fact]
    public void Counts_runs_minutes_and_micro_runs_of_the_week_only()
    {
        var f = new Fixtures();
        f.Run(0, "07:00", 20);
        f.Run(2, "18:00", 5);
        f.Run(6, "23:30", 30);
        f.Run(-1, "23:30", 45);
        f.Run(7, "00:10", 45);

        var review = f.Build();

        Assert.Equal(3, review.Runs);
        Assert.Equal(55, review.Minutes);
        Assert.Equal(1, review.MicroRuns);
        Assert.Equal(3, review.ActiveDays);
        Assert.Equal(30, review.Days[6].Minutes);
    }

    [Fact]
    public void Averages_before_and_after_only_over_runs_with_both_sides()
    {
        var f = new Fixtures();
        var before1 = f.CheckIn(0, "06:30", mood: 4, stress: 7, energy: 3);
        f.Run(0, "07:00", 20, moodAfter: 7, before: before1, stressAfter: 4, energyAfter: 6);
        var before2 = f.CheckIn(1, "06:30", mood: 5, stress: 6, energy: 4);
        f.Run(1, "07:00", 20, moodAfter: 6, before: before2, stressAfter: 5);
        f.Run(2, "07:00", 20, moodAfter: 9);

        var review = f.Build();

        Assert.Equal(new AverageChange(4.5, 6.5, 2), review.Mood);
        Assert.Equal(2.0, review.Mood!.Delta);
        Assert.Equal(new AverageChange(6.5, 4.5, 2), review.Stress);
        Assert.Equal(new AverageChange(3, 6, 1), review.Energy);
        Assert.Equal(2, review.CheckIns);
    }

    [Fact]
    public void A_before_check_in_on_sunday_night_still_pairs_with_a_monday_run()
    {
        var f = new Fixtures();
        var before = f.CheckIn(-1, "23:00", mood: 3);
        f.Run(0, "00:30", 15, moodAfter: 6, before: before);

        var review = f.Build();

        Assert.Equal(new AverageChange(3, 6, 1), review.Mood);
        Assert.Equal(0, review.CheckIns);
    }

    [Fact]
    public void Best_time_of_day_and_day_need_two_samples_each()
    {
        var f = new Fixtures();
        f.RunWithBefore(0, "07:00", 20, moodBefore: 4, moodAfter: 7);
        f.RunWithBefore(1, "08:00", 20, moodBefore: 5, moodAfter: 7);
        f.RunWithBefore(2, "19:00", 20, moodBefore: 3, moodAfter: 9);

        var review = f.Build();

        Assert.Equal(new BestSlot(DayPart.Morning, null, 2.5, 2), review.BestTimeOfDay);
        Assert.Null(review.BestDay);
    }

    [Fact]
    public void Best_day_of_week_is_the_one_with_the_largest_average_lift()
    {
        var f = new Fixtures();
        f.RunWithBefore(3, "07:00", 20, moodBefore: 4, moodAfter: 8);
        f.RunWithBefore(3, "18:00", 20, moodBefore: 5, moodAfter: 7);
        f.RunWithBefore(4, "07:00", 20, moodBefore: 5, moodAfter: 6);
        f.RunWithBefore(4, "12:00", 20, moodBefore: 5, moodAfter: 6);

        var review = f.Build();

        Assert.Equal(new BestSlot(null, DayOfWeek.Thursday, 3, 2), review.BestDay);
    }

    [Fact]
    public void No_best_slot_is_named_when_no_group_lifted_mood()
    {
        var f = new Fixtures();
        f.RunWithBefore(0, "07:00", 20, moodBefore: 6, moodAfter: 5);
        f.RunWithBefore(1, "07:00", 20, moodBefore: 6, moodAfter: 6);

        Assert.Null(f.Build().BestTimeOfDay);
    }

    [Fact]
    public void Chart_days_carry_the_average_mood_before_and_after_of_each_day()
    {
        var f = new Fixtures();
        f.RunWithBefore(1, "07:00", 20, moodBefore: 4, moodAfter: 7);
        f.RunWithBefore(1, "18:00", 10, moodBefore: 6, moodAfter: 8);

        var tuesday = f.Build().Days[1];

        Assert.Equal(new ReviewDay(Fixtures.Monday.AddDays(1), 30, 5, 7.5), tuesday);
    }

    [Fact]
    public void A_week_with_nothing_logged_is_empty_not_an_error()
    {
        var review = new Fixtures().Build(weeksInARow: 0);

        Assert.True(review.IsEmpty);
        Assert.Equal(ObservationKind.None, review.Observation.Kind);
        Assert.Equal(7, review.Days.Count);
    }

    [Fact]
    public void The_week_in_progress_is_marked_as_current()
    {
        Assert.True(new Fixtures().Build(today: Fixtures.Monday.AddDays(6)).IsCurrentWeek);
        Assert.False(new Fixtures().Build(today: Fixtures.Monday.AddDays(7)).IsCurrentWeek);
    }
}
