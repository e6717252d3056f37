using RunWell.Domain.Plans;

namespace RunWell.Domain.Tests.Plans;

public sealed class PlanParserTests
{
    private static readonly TimeOnly Seven = new(7, 0);

    public static TheoryData<string, DayOfWeek[]> SameDaysInEveryWay => new()
    {
        { "tue thu sat", [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday] },
        { "Tuesday, Thursday and Saturday", [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday] },
        { "martes jueves y sábado", [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday] },
        { "mar jue sab", [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday] },
        { "MAR, JUE, SÁB", [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday] },
        { "mon wed", [DayOfWeek.Monday, DayOfWeek.Wednesday] },
        { "lunes miércoles", [DayOfWeek.Monday, DayOfWeek.Wednesday] },
        { "lun mie", [DayOfWeek.Monday, DayOfWeek.Wednesday] },
        { "sun sat fri thu wed tue mon", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday] },
        { "domingo", [DayOfWeek.Sunday] },
        { "vie.", [DayOfWeek.Friday] },
    };

    [Theory]
    [MemberData(nameof(SameDaysInEveryWay))]
    public void Days_read_in_english_and_spanish_with_or_without_accents_monday_first(string days, DayOfWeek[] expected)
    {
        var result = PlanParser.Parse(days, "07:00");

        Assert.True(result.Ok, result.Problem.ToString());
        Assert.Equal(expected, result.Slots.Select(s => s.Day));
        Assert.All(result.Slots, s => Assert.Equal(Seven, s.Time));
    }

    [Fact]
    public void A_time_after_days_applies_to_those_days_and_the_time_option_fills_the_rest()
    {
        var result = PlanParser.Parse("tue thu 07:00 sat 9:30 sun", "18:15");

        Assert.Equal(
            [new PlanSlot(DayOfWeek.Tuesday, Seven), new PlanSlot(DayOfWeek.Thursday, Seven),
             new PlanSlot(DayOfWeek.Saturday, new TimeOnly(9, 30)), new PlanSlot(DayOfWeek.Sunday, new TimeOnly(18, 15))],
            result.Slots);
    }

    [Fact]
    public void Per_day_times_need_no_time_option()
    {
        var result = PlanParser.Parse("martes 07:00 sábado 09:30", null);

        Assert.Equal([new PlanSlot(DayOfWeek.Tuesday, Seven), new PlanSlot(DayOfWeek.Saturday, new TimeOnly(9, 30))], result.Slots);
    }

    public static TheoryData<string?, string?, PlanProblem, string?> BadInput => new()
    {
        { "", "07:00", PlanProblem.NoDays, null },
        { "and y", "07:00", PlanProblem.NoDays, null },
        { "tue funday", "07:00", PlanProblem.UnknownWord, "funday" },
        { "tue thu", "7pm-ish", PlanProblem.BadTime, "7pm-ish" },
        { "tue 25:00", null, PlanProblem.BadTime, "25:00" },
        { "07:00 tue", null, PlanProblem.TimeWithoutDay, "07:00" },
        { "tue thu", null, PlanProblem.MissingTime, "Tuesday" },
        { "tue 07:00 thu", null, PlanProblem.MissingTime, "Thursday" },
        { "tue martes", "07:00", PlanProblem.DuplicateDay, "martes" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_refused_with_the_word_that_caused_it(string? days, string? time, PlanProblem problem, string? word)
    {
        var result = PlanParser.Parse(days, time);

        Assert.False(result.Ok);
        Assert.Equal(problem, result.Problem);
        Assert.Equal(word, result.Word);
        Assert.Empty(result.Slots);
    }

    [Fact]
    public void Stored_slots_read_back_exactly()
    {
        var slots = PlanParser.Parse("sat 09:30 tue 07:00", null).Slots;

        var text = PlanSlotsText.Encode(slots);

        Assert.Equal("Tuesday 07:00;Saturday 09:30", text);
        Assert.Equal(slots, PlanSlotsText.Decode(text));
        Assert.Empty(PlanSlotsText.Decode(null));
    }
}
