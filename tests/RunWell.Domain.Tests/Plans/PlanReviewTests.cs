using RunWell.Domain.Members;
using RunWell.Domain.Nudges;
using RunWell.Domain.Plans;
using RunWell.Domain.Reviews;
using RunWell.Domain.Tests.Reviews;

namespace RunWell.Domain.Tests.Plans;

public sealed class PlanReviewTests
{
    // Tuesday, Thursday and Saturday mornings, 20 minutes each, for the fixtures' week (Mon 16 Nov 2026).
    private static readonly IReadOnlyList<PlanSlot> Slots = PlanParser.Parse("tue thu sat", "07:00").Slots;

    private static PlanWeek Build(Fixtures week, DateOnly? today = null) =>
        PlanReview.Build(Slots, 20, Fixtures.Week, week.Runs, [.. week.Runs.Select(r => r.LocalDate).Distinct()], today ?? Fixtures.Monday.AddDays(7))!;

    [Fact]
    public void Runs_on_planned_days_and_on_other_days_are_counted_apart_with_minutes_beside_the_plan()
    {
        var week = new Fixtures();
        week.Run(1, "07:05", 15);   // Tuesday, planned
        week.Run(1, "18:00", 10);   // Tuesday again: one planned day, two runs on it
        week.Run(2, "12:00", 25);   // Wednesday, another day
        week.Run(5, "07:10", 20);   // Saturday, planned
        week.Run(8, "07:00", 30);   // next week: not this one

        var plan = Build(week);

        Assert.Equal(2, plan.PlannedDaysWithRun);
        Assert.Equal(3, plan.RunsOnPlannedDays);
        Assert.Equal(1, plan.RunsOnOtherDays);
        Assert.Equal(70, plan.Minutes);
        Assert.Equal(60, plan.PlannedMinutes);
    }

    [Fact]
    public void A_planned_day_with_a_run_three_weeks_running_is_the_observation()
    {
        var week = new Fixtures();
        foreach (var weeksBack in new[] { 0, 7, 14 })
        {
            week.Run(1 - weeksBack, "07:00", 15);  // Tuesdays
        }

        week.Run(3 - 7, "07:00", 15);  // one Thursday: not a streak

        var plan = Build(week);

        Assert.Equal(new PlanHeld(DayOfWeek.Tuesday, DayPart.Morning, 3), plan.Held);
    }

    [Fact]
    public void A_planned_day_still_ahead_this_week_does_not_end_its_streak()
    {
        var week = new Fixtures();
        week.Run(5 - 7, "07:00", 15);   // the two Saturdays before
        week.Run(5 - 14, "07:00", 15);

        // Reviewed on Wednesday: this Saturday is still to come.
        var plan = Build(week, today: Fixtures.Monday.AddDays(2));

        Assert.Equal(new PlanHeld(DayOfWeek.Saturday, DayPart.Morning, 2), plan.Held);
        Assert.Equal(0, plan.PlannedDaysWithRun);
    }

    [Fact]
    public void No_plan_means_no_plan_figures()
    {
        Assert.Null(PlanReview.Build([], 15, Fixtures.Week, [], [], Fixtures.Monday));
    }

    /// <summary>Monday 16 Nov 2026: the quiet members' last activity.</summary>
    private static readonly DateTime LastActive = new(2026, 11, 16, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_quiet_member_with_a_plan_is_nudged_on_a_planned_day_rather_than_the_first_due_day()
    {
        var utc = TimeZoneInfo.Utc;
        var member = new Member
        {
            NudgeOptIn = true,
            NudgeAfterDays = 4,
            PlanSlots = PlanSlotsText.Encode(PlanParser.Parse("sat", "09:00").Slots),
        };

        // Due from Friday (4 quiet days); Saturday is planned, so Friday waits for it.
        var friday = NudgePolicy.DueOn(member, LastActive, utc, new TimeOnly(17, 0), new DateTime(2026, 11, 20, 17, 30, 0, DateTimeKind.Utc));
        var saturday = NudgePolicy.DueOn(member, LastActive, utc, new TimeOnly(17, 0), new DateTime(2026, 11, 21, 17, 30, 0, DateTimeKind.Utc));
        member.PlanSlots = null;
        var withoutPlan = NudgePolicy.DueOn(member, LastActive, utc, new TimeOnly(17, 0), new DateTime(2026, 11, 20, 17, 30, 0, DateTimeKind.Utc));

        Assert.Null(friday);
        Assert.Equal(new DateOnly(2026, 11, 21), saturday);
        Assert.Equal(new DateOnly(2026, 11, 20), withoutPlan);
    }

    [Fact]
    public void A_planned_day_too_far_away_does_not_hold_a_nudge_back()
    {
        var member = new Member
        {
            NudgeOptIn = true,
            NudgeAfterDays = 4,
            PlanSlots = PlanSlotsText.Encode(PlanParser.Parse("thu", "09:00").Slots),
        };

        // Due Friday; the next Thursday is six days later, past the three-day wait.
        var friday = NudgePolicy.DueOn(member, LastActive, TimeZoneInfo.Utc, new TimeOnly(17, 0), new DateTime(2026, 11, 20, 17, 30, 0, DateTimeKind.Utc));

        Assert.Equal(new DateOnly(2026, 11, 20), friday);
    }
}
