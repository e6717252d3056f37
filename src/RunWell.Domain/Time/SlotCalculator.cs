namespace RunWell.Domain.Time;

/// <summary>
/// When a weekly or daily wall-clock slot happens, as instants, in a zone with daylight saving.
/// A slot inside a spring-forward gap moves forward by the gap; an autumn repeat fires once (the first).
/// </summary>
public static class SlotCalculator
{
    /// <summary>The first occurrence strictly after <paramref name="afterUtc"/>.</summary>
    public static DateTime NextWeekly(DayOfWeek day, TimeOnly time, TimeZoneInfo zone, DateTime afterUtc)
    {
        var start = LocalClock.LocalDate(afterUtc, zone).AddDays(-1);
        for (var d = start; ; d = d.AddDays(1))
        {
            if (d.DayOfWeek != day)
            {
                continue;
            }

            var candidate = LocalClock.ToUtc(d, time, zone);
            if (candidate > afterUtc)
            {
                return candidate;
            }
        }
    }

    /// <summary>The latest occurrence at or before <paramref name="atOrBeforeUtc"/>.</summary>
    public static DateTime LatestWeekly(DayOfWeek day, TimeOnly time, TimeZoneInfo zone, DateTime atOrBeforeUtc)
    {
        var start = LocalClock.LocalDate(atOrBeforeUtc, zone).AddDays(1);
        for (var d = start; ; d = d.AddDays(-1))
        {
            if (d.DayOfWeek != day)
            {
                continue;
            }

            var candidate = LocalClock.ToUtc(d, time, zone);
            if (candidate <= atOrBeforeUtc)
            {
                return candidate;
            }
        }
    }

    public static DateTime NextDaily(TimeOnly time, TimeZoneInfo zone, DateTime afterUtc)
    {
        var start = LocalClock.LocalDate(afterUtc, zone).AddDays(-1);
        for (var d = start; ; d = d.AddDays(1))
        {
            var candidate = LocalClock.ToUtc(d, time, zone);
            if (candidate > afterUtc)
            {
                return candidate;
            }
        }
    }

    public static DateTime LatestDaily(TimeOnly time, TimeZoneInfo zone, DateTime atOrBeforeUtc)
    {
        var start = LocalClock.LocalDate(atOrBeforeUtc, zone).AddDays(1);
        for (var d = start; ; d = d.AddDays(-1))
        {
            var candidate = LocalClock.ToUtc(d, time, zone);
            if (candidate <= atOrBeforeUtc)
            {
                return candidate;
            }
        }
    }
}
