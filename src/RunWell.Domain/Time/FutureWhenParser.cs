using System.Globalization;
using System.Text.RegularExpressions;

namespace RunWell.Domain.Time;

public enum FutureWhenError
{
    None,
    Unreadable,
    InPast,
    TooFar,
}

/// <summary>The outcome of reading a future <c>when</c>: an instant, or why not (the bot words it).</summary>
public readonly record struct FutureWhen(DateTime? Utc, FutureWhenError Error)
{
    public bool Ok => Error == FutureWhenError.None;
}

/// <summary>
/// Reads a future time in the member's zone: <c>sat 09:00</c>, <c>saturday 9:00</c>, <c>tomorrow 07:30</c>,
/// <c>today 18:00</c>, <c>2026-12-05 09:00</c>. A weekday means the next one (today's if still ahead).
/// Kept beside <see cref="WhenParser"/> (the backdating reader) as a separate method so the wider
/// parser work of issue 14 can fold it in.
/// </summary>
public static partial class FutureWhenParser
{
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.Ordinal)
    {
        ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    };

    public static FutureWhen Parse(string? text, DateTime nowUtc, TimeZoneInfo zone, int maxDaysAhead)
    {
        var match = DayTimePattern().Match((text ?? "").Trim().ToLowerInvariant());
        if (!match.Success
            || !TimeOnly.TryParseExact(match.Groups["time"].Value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new(null, FutureWhenError.Unreadable);
        }

        var today = LocalClock.LocalDate(nowUtc, zone);
        var day = match.Groups["day"].Value;
        DateOnly date;
        if (day is "" or "today")
        {
            date = today;
        }
        else if (day == "tomorrow")
        {
            date = today.AddDays(1);
        }
        else if (Days.TryGetValue(day, out var weekday))
        {
            date = today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7);
            if (LocalClock.ToUtc(date, time, zone) <= nowUtc)
            {
                date = date.AddDays(7);
            }
        }
        else if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return new(null, FutureWhenError.Unreadable);
        }

        var utc = LocalClock.ToUtc(date, time, zone);
        if (utc <= nowUtc)
        {
            return new(null, FutureWhenError.InPast);
        }

        return utc > nowUtc.AddDays(maxDaysAhead) ? new(null, FutureWhenError.TooFar) : new(utc, FutureWhenError.None);
    }

    [GeneratedRegex(@"^(?:(?<day>today|tomorrow|[a-z]{3,9}|\d{4}-\d{2}-\d{2})\s+)?(?:at\s+)?(?<time>\d{1,2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayTimePattern();
}
