using System.Globalization;
using System.Text.RegularExpressions;
using RunWell.Domain.Entries;

namespace RunWell.Domain.Time;

/// <summary>The outcome of reading a <c>when</c> option: an instant, or a friendly reason why not.</summary>
public readonly record struct WhenResult(DateTime? Utc, Problem? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Reads the backdating forms members type on a phone: <c>now</c>, <c>18:30</c>, <c>today 07:15</c>,
/// <c>yesterday 18:30</c>, <c>2026-11-20 07:15</c>, <c>3 hours ago</c>, <c>45 minutes ago</c>,
/// in the member's zone, at most 7 days back and never in the future.
/// </summary>
public static partial class WhenParser
{
    public static WhenResult Parse(string? text, DateTime nowUtc, TimeZoneInfo zone)
    {
        var input = (text ?? "").Trim().ToLowerInvariant();
        if (input.Length == 0 || input == "now")
        {
            return new(nowUtc, null);
        }

        var utc = TryRead(input, nowUtc, zone);
        if (utc is null)
        {
            return new(null, new Problem(ProblemKind.WhenUnreadable, "when", text!));
        }

        if (utc.Value > nowUtc + EntryLimits.FutureTolerance)
        {
            return new(null, new Problem(ProblemKind.WhenInFuture, "when"));
        }

        if (utc.Value < nowUtc - TimeSpan.FromDays(EntryLimits.MaxBackdateDays))
        {
            return new(null, new Problem(ProblemKind.WhenTooOld, "when", EntryLimits.MaxBackdateDays));
        }

        return new(utc, null);
    }

    private static DateTime? TryRead(string input, DateTime nowUtc, TimeZoneInfo zone)
    {
        var today = LocalClock.LocalDate(nowUtc, zone);

        var ago = AgoPattern().Match(input);
        if (ago.Success)
        {
            var amount = int.Parse(ago.Groups["n"].Value, CultureInfo.InvariantCulture);
            var unit = ago.Groups["unit"].Value;
            var span = unit.StartsWith('h') ? TimeSpan.FromHours(amount)
                : unit.StartsWith('d') ? TimeSpan.FromDays(amount)
                : TimeSpan.FromMinutes(amount);
            return amount > 10_000 ? null : nowUtc - span;
        }

        var dayAndTime = DayTimePattern().Match(input);
        if (!dayAndTime.Success)
        {
            return null;
        }

        DateOnly date;
        var day = dayAndTime.Groups["day"].Value;
        if (day is "" or "today")
        {
            date = today;
        }
        else if (day == "yesterday")
        {
            date = today.AddDays(-1);
        }
        else if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return null;
        }

        if (!TimeOnly.TryParseExact(dayAndTime.Groups["time"].Value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return null;
        }

        return LocalClock.ToUtc(date, time, zone);
    }


    [GeneratedRegex(@"^(?<n>\d{1,5})\s*(?<unit>h|hr|hrs|hour|hours|m|min|mins|minute|minutes|d|day|days)\s+ago$", RegexOptions.CultureInvariant)]
    private static partial Regex AgoPattern();

    [GeneratedRegex(@"^(?:(?<day>today|yesterday|\d{4}-\d{2}-\d{2})\s+)?(?:at\s+)?(?<time>\d{1,2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayTimePattern();
}
