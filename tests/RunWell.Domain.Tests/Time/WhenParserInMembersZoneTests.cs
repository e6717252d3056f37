using RunWell.Domain;
using RunWell.Domain.Time;

namespace RunWell.Domain.Tests.Time;

public sealed class WhenParserInMembersZoneTests
{
    /// <summary>Wednesday 25 November 2026, 12:00 UTC (07:00 in New York).</summary>
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("today 06:15", "2026-11-25T11:15:00Z")]
    [InlineData("yesterday 18:30", "2026-11-24T23:30:00Z")]
    [InlineData("2026-11-20 07:15", "2026-11-20T12:15:00Z")]
    [InlineData("3 hours ago", "2026-11-25T09:00:00Z")]
    [InlineData("45 minutes ago", "2026-11-25T11:15:00Z")]
    [InlineData("now", "2026-11-25T12:00:00Z")]
    [InlineData("", "2026-11-25T12:00:00Z")]
    public void Every_documented_form_is_read_in_the_members_zone(string text, string expectedUtc)
    {
        var result = WhenParser.Parse(text, Now, NewYork);

        Assert.True(result.Ok, result.Error?.ToString());
        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), result.Utc);
    }

    [Theory]
    [InlineData("7 days ago")]
    [InlineData("2026-11-18 07:00")]
    public void Up_to_seven_days_back_is_accepted(string text)
    {
        Assert.True(WhenParser.Parse(text, Now, NewYork).Ok);
    }

    [Theory]
    [InlineData("8 days ago", ProblemKind.WhenTooOld)]
    [InlineData("2026-11-18 06:59", ProblemKind.WhenTooOld)]
    [InlineData("today 08:00", ProblemKind.WhenInFuture)]
    [InlineData("2026-12-01 07:00", ProblemKind.WhenInFuture)]
    [InlineData("soonish", ProblemKind.WhenUnreadable)]
    [InlineData("2026-13-01 07:00", ProblemKind.WhenNoSuchDate)]
    [InlineData("today 25:00", ProblemKind.WhenNoSuchTime)]
    public void Out_of_window_or_unreadable_values_are_refused_naming_the_option(string text, ProblemKind reason)
    {
        var result = WhenParser.Parse(text, Now, NewYork);

        Assert.Equal(reason, result.Error?.Kind);
        Assert.Equal("when", result.Error?.Option);
    }
}
