using System.Globalization;
using RunWell.Domain;
using RunWell.Domain.Time;

namespace RunWell.Domain.Tests.Time;

/// <summary>Every form members type into <c>when</c>, English and Spanish, in any digits; and the clear refusals.</summary>
public sealed class WhenParserTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Wednesday 25 November 2026, 12:00 UTC (London is on GMT, UTC+0).
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("today 07:15", "2026-11-25T07:15")]
    [InlineData("yesterday 18:30", "2026-11-24T18:30")]
    [InlineData("  Yesterday 6:30 ", "2026-11-24T06:30")]
    [InlineData("yesterday", "2026-11-24T12:00")]
    [InlineData("yesterday at 6:30 pm", "2026-11-24T18:30")]
    [InlineData("yesterday 19.30", "2026-11-24T19:30")]
    [InlineData("yesterday 19h30", "2026-11-24T19:30")]
    [InlineData("2026-11-20 07:15", "2026-11-20T07:15")]
    [InlineData("2026-11-20T07:15", "2026-11-20T07:15")]
    [InlineData("2026-11-23", "2026-11-23T12:00")]
    [InlineData("Monday 07:00", "2026-11-23T07:00")]
    [InlineData("mon 7am", "2026-11-23T07:00")]
    [InlineData("last tuesday", "2026-11-24T12:00")]
    [InlineData("wednesday", "2026-11-25T12:00")]
    [InlineData("6:30am", "2026-11-25T06:30")]
    [InlineData("09:05", "2026-11-25T09:05")]
    [InlineData("this morning", "2026-11-25T08:00")]
    [InlineData("yesterday evening", "2026-11-24T19:00")]
    [InlineData("monday evening at 7", "2026-11-23T19:00")]
    [InlineData("last night", "2026-11-24T21:00")]
    [InlineData("3 hours ago", "2026-11-25T09:00")]
    [InlineData("3h ago", "2026-11-25T09:00")]
    [InlineData("45 minutes ago", "2026-11-25T11:15")]
    [InlineData("an hour ago", "2026-11-25T11:00")]
    [InlineData("half an hour ago", "2026-11-25T11:30")]
    [InlineData("2 days ago", "2026-11-23T12:00")]
    [InlineData("20 nov", "2026-11-20T12:00")]
    [InlineData("nov 20 7:15", "2026-11-20T07:15")]
    [InlineData("20th november at 7pm", "2026-11-20T19:00")]
    [InlineData("20/11", "2026-11-20T12:00")]
    [InlineData("now", "2026-11-25T12:00")]
    [InlineData("", "2026-11-25T12:00")]
    // Spanish
    [InlineData("ayer 18:30", "2026-11-24T18:30")]
    [InlineData("ayer", "2026-11-24T12:00")]
    [InlineData("lunes 7:00", "2026-11-23T07:00")]
    [InlineData("el lunes a las 7 de la tarde", "2026-11-23T19:00")]
    [InlineData("sábado 9:00", "2026-11-21T09:00")]
    [InlineData("hace 3 horas", "2026-11-25T09:00")]
    [InlineData("hace una hora", "2026-11-25T11:00")]
    [InlineData("hace 2 días", "2026-11-23T12:00")]
    [InlineData("ayer por la tarde", "2026-11-24T15:00")]
    [InlineData("esta mañana", "2026-11-25T08:00")]
    [InlineData("anoche", "2026-11-24T21:00")]
    [InlineData("20 de noviembre", "2026-11-20T12:00")]
    [InlineData("ahora", "2026-11-25T12:00")]
    // Digits of other scripts, full-width forms
    [InlineData("yesterday ١٨:٣٠", "2026-11-24T18:30")]
    [InlineData("ayer ۱۸:۳۰", "2026-11-24T18:30")]
    [InlineData("yesterday १८:३०", "2026-11-24T18:30")]
    [InlineData("ｙｅｓｔｅｒｄａｙ　１８：３０", "2026-11-24T18:30")]
    [InlineData("٣ hours ago", "2026-11-25T09:00")]
    public void Reads_the_forms_members_type(string text, string expectedUtc)
    {
        var result = WhenParser.Parse(text, Now, London);

        Assert.True(result.Ok, result.Error?.ToString());
        Assert.Equal(Utc(expectedUtc), result.Utc);
    }

    [Fact]
    public void Reads_wall_clock_time_in_the_members_zone()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var result = WhenParser.Parse("today 06:15", Now, newYork);

        Assert.Equal(new DateTime(2026, 11, 25, 11, 15, 0, DateTimeKind.Utc), result.Utc);
    }

    [Fact]
    public void A_weekday_time_still_ahead_today_means_last_week()
    {
        // Wednesday 12:00: "wed 18:00" cannot be today yet, so it is the Wednesday before.
        Assert.Equal(Utc("2026-11-18T18:00"), WhenParser.Parse("wed 18:00", Now, London).Utc);
    }

    [Fact]
    public void A_part_of_the_day_already_begun_means_now()
    {
        var evening = new DateTime(2026, 11, 25, 18, 0, 0, DateTimeKind.Utc);

        Assert.Equal(evening, WhenParser.Parse("this evening", evening, London).Utc);
        Assert.Equal(ProblemKind.WhenInFuture, WhenParser.Parse("this evening", Now, London).Error?.Kind);
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
    [InlineData("tomorrow 07:00")]
    [InlineData("6:30pm")]
    [InlineData("in 2 hours")]
    public void Refuses_the_future(string text)
    {
        var result = WhenParser.Parse(text, Now, London);

        Assert.Equal(ProblemKind.WhenInFuture, result.Error?.Kind);
    }

    [Theory]
    [InlineData("soonish", ProblemKind.WhenUnreadable)]
    [InlineData("2026-13-01 07:00", ProblemKind.WhenNoSuchDate)]
    [InlineData("31 feb", ProblemKind.WhenNoSuchDate)]
    [InlineData("25:00", ProblemKind.WhenNoSuchTime)]
    [InlineData("yesterday 13pm", ProblemKind.WhenNoSuchTime)]
    [InlineData("03/04", ProblemKind.WhenAmbiguousDate)]
    [InlineData("፩፰:፴", ProblemKind.WhenForeignNumerals)]
    [InlineData("三時間前", ProblemKind.WhenUnreadable)]
    public void Explains_what_it_could_not_read(string text, ProblemKind reason)
    {
        var result = WhenParser.Parse(text, Now, London);

        Assert.Equal(reason, result.Error?.Kind);
        Assert.Equal("when", result.Error!.Option);
        Assert.Equal(text, result.Error.Args[0]);
    }

    [Fact]
    public void Examples_in_the_error_are_relative_to_today_so_they_never_go_stale()
    {
        var error = WhenParser.Parse("soonish", Now, London).Error!;
        var aMonthLater = WhenParser.Parse("soonish", Now.AddDays(30), London).Error!;

        Assert.Equal("2026-11-23", error.Args[1]);
        Assert.Equal("2026-12-23", aMonthLater.Args[1]);
        Assert.True(WhenParser.Parse("2026-11-23 07:15", Now, London).Ok);
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
