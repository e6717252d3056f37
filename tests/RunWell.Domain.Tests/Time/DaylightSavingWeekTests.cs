using RunWell.Domain.Time;

namespace RunWell.Domain.Tests.Time;

public sealed class DaylightSavingWeekTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Theory]
    [InlineData("Europe/London", "2026-10-19", 169)]
    [InlineData("Europe/London", "2026-03-23", 167)]
    [InlineData("America/New_York", "2026-10-26", 169)]
    [InlineData("America/New_York", "2026-03-02", 167)]
    [InlineData("Europe/London", "2026-11-16", 168)]
    public void The_week_that_contains_a_clock_change_is_an_hour_longer_or_shorter(string zoneId, string monday, int hours)
    {
        var week = new WeekWindow(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), Zone(zoneId));

        Assert.Equal(TimeSpan.FromHours(hours), week.EndUtc - week.StartUtc);
    }

    [Fact]
    public void London_autumn_week_starts_at_local_midnight_in_summer_time_and_ends_in_winter_time()
    {
        var week = new WeekWindow(new DateOnly(2026, 10, 19), Zone("Europe/London"));

        Assert.Equal(new DateTime(2026, 10, 18, 23, 0, 0, DateTimeKind.Utc), week.StartUtc);
        Assert.Equal(new DateTime(2026, 10, 26, 0, 0, 0, DateTimeKind.Utc), week.EndUtc);
    }

    [Fact]
    public void New_York_autumn_week_ends_at_local_midnight_after_falling_back()
    {
        var week = new WeekWindow(new DateOnly(2026, 10, 26), Zone("America/New_York"));

        Assert.Equal(new DateTime(2026, 10, 26, 4, 0, 0, DateTimeKind.Utc), week.StartUtc);
        Assert.Equal(new DateTime(2026, 11, 2, 5, 0, 0, DateTimeKind.Utc), week.EndUtc);
    }

    [Theory]
    [InlineData("Europe/London", "2026-10-25T23:30:00Z", "2026-10-25")]
    [InlineData("Europe/London", "2026-03-29T22:30:00Z", "2026-03-29")]
    [InlineData("America/New_York", "2026-11-02T04:30:00Z", "2026-11-01")]
    [InlineData("America/New_York", "2026-03-09T03:30:00Z", "2026-03-08")]
    public void A_run_at_23_30_local_on_the_day_of_a_clock_change_counts_on_that_sunday(string zoneId, string utc, string localDate)
    {
        var at = DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var zone = Zone(zoneId);

        var date = LocalClock.LocalDate(at, zone);

        Assert.Equal(DateOnly.Parse(localDate, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(new TimeOnly(23, 30), TimeOnly.FromDateTime(LocalClock.ToLocal(at, zone)));
        Assert.Equal(DayOfWeek.Sunday, date.DayOfWeek);
        Assert.True(WeekWindow.Containing(at, zone).EndUtc > at);
    }
}
