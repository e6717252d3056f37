using RunWell.Domain.Plans;

namespace RunWell.Domain.Tests.Plans;

public sealed class PlanScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void A_daytime_slot_is_reminded_at_the_slot_itself_in_the_members_zone()
    {
        // Tuesday 24 November 2026, 07:30 local = 07:30 UTC in winter; 08:30 is the first daytime slot.
        var slots = PlanParser.Parse("tue 08:30 sat 09:30", null).Slots;

        var next = PlanSchedule.NextReminder(slots, eveningBefore: false, London, Utc(11, 23, 12));

        Assert.NotNull(next);
        Assert.Equal(Utc(11, 24, 8, 30), next.SendUtc);
        Assert.Equal(next.SlotUtc, next.SendUtc);
        Assert.False(next.EveningBefore);
    }

    [Fact]
    public void A_slot_in_the_quiet_hours_gets_no_reminder_unless_the_member_allows_the_evening_before()
    {
        var slots = PlanParser.Parse("wed 06:30", null).Slots;

        Assert.Null(PlanSchedule.NextReminder(slots, eveningBefore: false, London, Utc(11, 23, 12)));
        var evening = PlanSchedule.NextReminder(slots, eveningBefore: true, London, Utc(11, 23, 12));

        Assert.NotNull(evening);
        Assert.True(evening.EveningBefore);
        Assert.Equal(Utc(11, 24, 20), evening.SendUtc);
        Assert.Equal(new DateOnly(2026, 11, 25), evening.SlotDate);
        Assert.Equal(Utc(11, 25, 6, 30), evening.SlotUtc);
    }

    [Fact]
    public void A_late_slot_is_reminded_at_20_00_the_same_evening()
    {
        var slots = PlanParser.Parse("thu 22:00", null).Slots;

        var evening = PlanSchedule.NextReminder(slots, eveningBefore: true, London, Utc(11, 23, 12));

        Assert.Equal(Utc(11, 26, 20), evening!.SendUtc);
        Assert.Equal(new DateOnly(2026, 11, 26), evening.SlotDate);
    }

    [Fact]
    public void Reminders_keep_the_wall_clock_across_the_spring_change()
    {
        // BST starts Sunday 29 March 2026: Monday 09:00 is 09:00 UTC before and 08:00 UTC after.
        var slots = PlanParser.Parse("mon 09:00", null).Slots;

        var before = PlanSchedule.NextReminder(slots, false, London, Utc(3, 20, 12))!;
        var after = PlanSchedule.NextReminder(slots, false, London, before.SendUtc)!;

        Assert.Equal(Utc(3, 23, 9), before.SendUtc);
        Assert.Equal(Utc(3, 30, 8), after.SendUtc);
        Assert.Equal(after, PlanSchedule.ReminderAt(slots, false, London, Utc(3, 30, 8)));
        Assert.Null(PlanSchedule.ReminderAt(slots, false, London, Utc(3, 30, 9)));
    }

    [Fact]
    public void The_next_slots_are_listed_soonest_first()
    {
        var slots = PlanParser.Parse("tue thu sat", "07:00").Slots;

        var next = PlanSchedule.NextSlots(slots, London, Utc(11, 25, 12), 3);

        Assert.Equal([Utc(11, 26, 7), Utc(11, 28, 7), Utc(12, 1, 7)], next.Select(n => n.Utc));
    }
}
