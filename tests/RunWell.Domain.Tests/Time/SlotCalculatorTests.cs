using RunWell.Domain.Time;

namespace RunWell.Domain.Tests.Time;

public sealed class SlotCalculatorTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void The_sunday_summary_keeps_its_local_time_across_the_autumn_change()
    {
        var before = SlotCalculator.NextWeekly(DayOfWeek.Sunday, new TimeOnly(18, 0), London, new DateTime(2026, 10, 18, 0, 0, 0, DateTimeKind.Utc));
        var after = SlotCalculator.NextWeekly(DayOfWeek.Sunday, new TimeOnly(18, 0), London, before);

        Assert.Equal(new DateTime(2026, 10, 18, 17, 0, 0, DateTimeKind.Utc), before); // BST
        Assert.Equal(new DateTime(2026, 10, 25, 18, 0, 0, DateTimeKind.Utc), after);  // GMT
    }

    [Fact]
    public void A_slot_inside_the_spring_gap_moves_forward_by_the_gap_and_fires_once()
    {
        // 02:30 does not exist in New York on 8 March 2026.
        var next = SlotCalculator.NextWeekly(DayOfWeek.Sunday, new TimeOnly(2, 30), NewYork, new DateTime(2026, 3, 7, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 3, 8, 7, 30, 0, DateTimeKind.Utc), next); // 03:30 EDT
    }

    [Fact]
    public void A_repeated_autumn_hour_fires_on_its_first_occurrence_only()
    {
        // 01:30 happens twice in New York on 1 November 2026.
        var first = SlotCalculator.NextDaily(new TimeOnly(1, 30), NewYork, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        var next = SlotCalculator.NextDaily(new TimeOnly(1, 30), NewYork, first);

        Assert.Equal(new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc), first); // EDT
        Assert.Equal(new DateTime(2026, 11, 2, 6, 30, 0, DateTimeKind.Utc), next);  // the next day, EST
    }

    [Fact]
    public void Latest_is_the_occurrence_at_or_before_the_instant()
    {
        var slot = new DateTime(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc);

        Assert.Equal(slot, SlotCalculator.LatestWeekly(DayOfWeek.Sunday, new TimeOnly(18, 0), London, slot));
        Assert.Equal(slot.AddDays(-7), SlotCalculator.LatestWeekly(DayOfWeek.Sunday, new TimeOnly(18, 0), London, slot.AddSeconds(-1)));
    }
}
