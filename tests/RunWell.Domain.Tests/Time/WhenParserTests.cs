using RunWell.Domain.Time;

namespace RunWell.Domain.Tests.Time;

public sealed class WhenParserTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Wednesday 25 November 2026, 12:00 UTC (London is on GMT, UTC+0).
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("today 07:15", "2026-11-25T07:15:00Z")]
    [InlineData("yesterday 18:30", "2026-11-24T18:30:00Z")]
    [InlineData("2026-11-20 07:15", "2026-11-20T07:15:00Z")]
    [InlineData("3 hours ago", "2026-11-25T09:00:00Z")]
    [InlineData("45 minutes ago", "2026-11-25T11:15:00Z")]
    [InlineData("09:05", "2026-11-25T09:05:00Z")]
    [InlineData("  Yesterday 6:30 ", "2026-11-24T06:30:00Z")]
    public void Reads_the_forms_members_type(string text, string expectedUtc)
    {
        var result = WhenParser.Parse(text, Now, London);

        Assert.True(result.Ok, result.Error?.ToString());
        Assert.Equal(DateTime.Parse(expectedUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), result.Utc);
    }

    [Fact]
    public void Empty_means_now()
    {
        Assert.Equal(Now, WhenParser.Parse(null, Now, London).Utc);
        Assert.Equal(Now, WhenParser.Parse("now", Now, London).Utc);
    }

    [Fact]
    public void Reads_wall_clock_time_in_the_members_zone()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var result = WhenParser.Parse("today 06:15", Now, newYork);

        Assert.Equal(new DateTime(2026, 11, 25, 11, 15, 0, DateTimeKind.Utc), result.Utc);
    }

    [Theory]
    [InlineData("8 days ago")]
    [InlineData("2026-11-17 11:59")]
    public void Refuses_more_than_seven_days_back(string text)
    {
        var result = WhenParser.Parse(text, Now, London);

        Assert.Equal(ProblemKind.WhenTooOld, result.Error?.Kind);
        Assert.Equal(7, result.Error!.Args[0]);
    }

    [Fact]
    public void Accepts_exactly_seven_days_back()
    {
        Assert.True(WhenParser.Parse("2026-11-18 12:00", Now, London).Ok);
    }

    [Theory]
    [InlineData("today 13:00")]
    [InlineData("2026-11-26 07:00")]
    public void Refuses_the_future(string text)
    {
        var result = WhenParser.Parse(text, Now, London);

        Assert.Equal(ProblemKind.WhenInFuture, result.Error?.Kind);
    }

    [Theory]
    [InlineData("last tuesday")]
    [InlineData("25:00")]
    [InlineData("2026-13-01 07:00")]
    [InlineData("yesterday")]
    public void Explains_what_it_could_not_read(string text)
    {
        var result = WhenParser.Parse(text, Now, London);

        Assert.Equal(ProblemKind.WhenUnreadable, result.Error?.Kind);
        Assert.Equal([text], result.Error!.Args);
    }
}
