using System.Globalization;
using RunWell.Domain.Time;
using RunWell.Domain.Time.Phrases;

namespace RunWell.Domain.Tests.Time;

/// <summary>The parser family's other faces: future phrases (group runs, plans), clock times, weekdays, and both DST changes.</summary>
public sealed class TimePhraseTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Wednesday 25 November 2026, 12:00 UTC = 12:00 in London.
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("sat 09:00", "2026-11-28T09:00")]
    [InlineData("sábado 9:00", "2026-11-28T09:00")]
    [InlineData("tomorrow 07:30", "2026-11-26T07:30")]
    [InlineData("mañana 7:30", "2026-11-26T07:30")]
    [InlineData("wed 13:00", "2026-11-25T13:00")]
    [InlineData("wed 11:00", "2026-12-02T11:00")]
    [InlineData("09:00", "2026-11-26T09:00")]
    [InlineData("7pm", "2026-11-25T19:00")]
    [InlineData("next monday 7pm", "2026-11-30T19:00")]
    [InlineData("el lunes que viene a las 7", "2026-11-30T07:00")]
    [InlineData("in 2 hours", "2026-11-25T14:00")]
    [InlineData("en 2 horas", "2026-11-25T14:00")]
    [InlineData("2026-12-05 08:15", "2026-12-05T08:15")]
    [InlineData("sunday morning", "2026-11-29T08:00")]
    public void Future_phrases_land_on_the_next_matching_time(string text, string expectedUtc)
    {
        var result = TimePhrase.ReadFuture(text, Now, London);

        Assert.True(result.Ok, result.Problem.ToString());
        Assert.True(result.TimeGiven);
        Assert.Equal(Utc(expectedUtc), result.Utc);
    }

    [Fact]
    public void A_future_date_alone_says_no_time_was_given()
    {
        var result = TimePhrase.ReadFuture("20 nov", Now, London);

        Assert.True(result.Ok);
        Assert.False(result.TimeGiven);
        Assert.Equal(new DateOnly(2027, 11, 20), result.LocalDate);
    }

    [Theory]
    // Spring forward: Sunday 29 March 2026, 01:00 GMT becomes 02:00 BST. Now is Monday 30 March 12:00 UTC.
    [InlineData("2026-03-30T12:00", "yesterday 00:30", "2026-03-29T00:30")]
    [InlineData("2026-03-30T12:00", "yesterday 01:30", "2026-03-29T01:30")] // skipped hour moves forward to 02:30 BST
    [InlineData("2026-03-30T12:00", "yesterday 03:00", "2026-03-29T02:00")]
    [InlineData("2026-03-30T12:00", "sun 9am", "2026-03-29T08:00")]
    [InlineData("2026-03-30T12:00", "36 hours ago", "2026-03-29T00:00")]
    [InlineData("2026-03-30T12:00", "ayer 18:30", "2026-03-29T17:30")]
    // Fall back: Sunday 25 October 2026, 02:00 BST becomes 01:00 GMT. Now is Monday 26 October 12:00 UTC.
    [InlineData("2026-10-26T12:00", "yesterday 00:30", "2026-10-24T23:30")]
    [InlineData("2026-10-26T12:00", "yesterday 01:30", "2026-10-25T00:30")] // the first 01:30 (BST)
    [InlineData("2026-10-26T12:00", "yesterday 03:00", "2026-10-25T03:00")]
    [InlineData("2026-10-26T12:00", "saturday 18:30", "2026-10-24T17:30")]
    [InlineData("2026-10-26T12:00", "hace 36 horas", "2026-10-25T00:00")]
    public void Both_daylight_saving_changes_read_the_wall_clock_right(string now, string text, string expectedUtc)
    {
        var result = WhenParser.Parse(text, Utc(now), London);

        Assert.True(result.Ok, result.Error?.ToString());
        Assert.Equal(Utc(expectedUtc), result.Utc);
    }

    [Theory]
    [InlineData("2026-03-28T12:00", "tomorrow 01:30", "2026-03-29T01:30")]
    [InlineData("2026-10-24T12:00", "sun 01:30", "2026-10-25T00:30")]
    public void Future_phrases_across_daylight_saving_changes(string now, string text, string expectedUtc)
    {
        Assert.Equal(Utc(expectedUtc), TimePhrase.ReadFuture(text, Utc(now), London).Utc);
    }

    [Theory]
    [InlineData("19:00", 19, 0)]
    [InlineData("7:05", 7, 5)]
    [InlineData("7pm", 19, 0)]
    [InlineData("7 PM", 19, 0)]
    [InlineData("7:30pm", 19, 30)]
    [InlineData("7:05 a.m.", 7, 5)]
    [InlineData("12am", 0, 0)]
    [InlineData("12pm", 12, 0)]
    [InlineData("19.30", 19, 30)]
    [InlineData("19h30", 19, 30)]
    [InlineData("19h", 19, 0)]
    [InlineData("noon", 12, 0)]
    [InlineData("１９：００", 19, 0)]
    [InlineData("١٩:٠٠", 19, 0)]
    [InlineData("7 de la tarde", 19, 0)]
    public void Clock_times_are_read_in_every_usual_spelling(string text, int hour, int minute)
    {
        Assert.True(TimePhrase.TryReadClockTime(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("25:00")]
    [InlineData("13pm")]
    [InlineData("7:5")]
    [InlineData("tomorrow 7pm")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_clock_time(string? text)
    {
        Assert.False(TimePhrase.TryReadClockTime(text, out _));
    }

    [Theory]
    [InlineData("mon", DayOfWeek.Monday)]
    [InlineData("Monday", DayOfWeek.Monday)]
    [InlineData("lunes", DayOfWeek.Monday)]
    [InlineData("Sáb.", DayOfWeek.Saturday)]
    [InlineData("miércoles", DayOfWeek.Wednesday)]
    [InlineData("thurs", DayOfWeek.Thursday)]
    public void Weekdays_are_read_in_both_languages(string text, DayOfWeek expected)
    {
        Assert.True(TimePhrase.TryReadWeekday(text, out var day));
        Assert.Equal(expected, day);
    }

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
