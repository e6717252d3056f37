using RunWell.Domain.Time;

namespace RunWell.Domain.Tests.Time;

public sealed class WeekWindowTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void A_week_runs_monday_to_sunday()
    {
        var week = WeekWindow.Containing(new DateOnly(2026, 11, 29), London);

        Assert.Equal(new DateOnly(2026, 11, 23), week.Monday);
        Assert.Equal(new DateOnly(2026, 11, 29), week.Sunday);
        Assert.Equal("2026-W48", week.Key);
    }

    [Fact]
    public void The_week_of_the_autumn_change_in_London_is_169_hours_long()
    {
        // Clocks go back on Sunday 25 October 2026 at 02:00 BST.
        var week = WeekWindow.Containing(new DateOnly(2026, 10, 21), London);

        Assert.Equal(new DateTime(2026, 10, 18, 23, 0, 0, DateTimeKind.Utc), week.StartUtc);
        Assert.Equal(new DateTime(2026, 10, 26, 0, 0, 0, DateTimeKind.Utc), week.EndUtc);
        Assert.Equal(TimeSpan.FromHours(169), week.EndUtc - week.StartUtc);
    }

    [Fact]
    public void The_week_of_the_spring_change_in_New_York_is_167_hours_long()
    {
        // Clocks go forward on Sunday 8 March 2026 at 02:00 EST.
        var week = WeekWindow.Containing(new DateOnly(2026, 3, 4), NewYork);

        Assert.Equal(new DateTime(2026, 3, 2, 5, 0, 0, DateTimeKind.Utc), week.StartUtc);
        Assert.Equal(new DateTime(2026, 3, 9, 4, 0, 0, DateTimeKind.Utc), week.EndUtc);
    }

    [Fact]
    public void A_run_at_2330_local_counts_on_its_local_day()
    {
        // 23:30 on Sunday in New York is already Monday in UTC.
        var runUtc = new DateTime(2026, 11, 30, 4, 30, 0, DateTimeKind.Utc);

        Assert.Equal(new DateOnly(2026, 11, 29), LocalClock.LocalDate(runUtc, NewYork));
        Assert.Equal(new DateOnly(2026, 11, 23), WeekWindow.Containing(runUtc, NewYork).Monday);
    }
}
