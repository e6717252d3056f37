using System.Globalization;
using System.Text.RegularExpressions;

namespace RunWell.Domain.Time.Phrases;

/// <summary>Which way an open phrase leans: "monday" is the last one for a run, the next one for a plan.</summary>
public enum TimeDirection
{
    Past,
    Future,
}

/// <summary>Why a phrase could not be read (the words live with the caller).</summary>
public enum TimePhraseProblem
{
    None,
    Unreadable,
    /// <summary>Numerals that are not decimal digits (Ⅻ, ½, ①...).</summary>
    ForeignNumerals,
    /// <summary>A numeric day/month like 03/04 that reads two ways.</summary>
    AmbiguousDate,
    /// <summary>A clock time that does not exist, like 25:00 or 13pm.</summary>
    NoSuchTime,
    /// <summary>A date that does not exist, like 31 feb.</summary>
    NoSuchDate,
}

/// <summary>
/// A phrase placed on the calendar in the reader's zone. <see cref="TimeGiven"/> is false when only a
/// day was named (the instant then uses midday, or now for today in the past direction).
/// </summary>
public readonly record struct TimePhraseResult(DateTime? Utc, DateOnly? LocalDate, TimeOnly? LocalTime, bool TimeGiven, TimePhraseProblem Problem)
{
    public bool Ok => Problem == TimePhraseProblem.None;

    internal static TimePhraseResult Fail(TimePhraseProblem problem) => new(null, null, null, false, problem);
}

/// <summary>
/// Reads the times people type, in English and Spanish, with digits of any script: "yesterday 18:30",
/// "mon 7am", "6:30pm", "this morning", "3 hours ago", "20 nov", "2026-11-20 07:15", "ayer 18:30",
/// "lunes 7:00", "hace 3 horas"; and for plans "sat 09:00", "tomorrow 07:30", "in 2 hours".
/// Used by <c>when</c> (past), group runs and plans (future). Pure: the clock and zone come in.
/// </summary>
public static partial class TimePhrase
{
    private static readonly TimeOnly Midday = new(12, 0);

    public static TimePhraseResult ReadPast(string? text, DateTime nowUtc, TimeZoneInfo zone) => Read(text, nowUtc, zone, TimeDirection.Past);

    public static TimePhraseResult ReadFuture(string? text, DateTime nowUtc, TimeZoneInfo zone) => Read(text, nowUtc, zone, TimeDirection.Future);

    public static TimePhraseResult Read(string? text, DateTime nowUtc, TimeZoneInfo zone, TimeDirection direction)
    {
        nowUtc = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc);
        var plain = TimeText.Normalize(text);
        if (plain is null)
        {
            return TimePhraseResult.Fail(TimePhraseProblem.ForeignNumerals);
        }

        var local = LocalClock.ToLocal(nowUtc, zone);
        if (plain is "" or "now" or "right now" or "just now" or "ahora" or "ahora mismo")
        {
            return new(nowUtc, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), true, TimePhraseProblem.None);
        }

        if (Relative().Match(plain) is { Success: true } relative)
        {
            return FromRelative(relative, nowUtc, zone);
        }

        var tokens = plain.Split(' ').ToList();
        var clock = TakeClock(tokens, out var clockProblem);
        if (clockProblem != TimePhraseProblem.None)
        {
            return TimePhraseResult.Fail(clockProblem);
        }

        var day = DayPhrase.Read(tokens);
        return day.Kind switch
        {
            DaySpecKind.Unreadable => TimePhraseResult.Fail(TimePhraseProblem.Unreadable),
            DaySpecKind.Ambiguous => TimePhraseResult.Fail(TimePhraseProblem.AmbiguousDate),
            DaySpecKind.NoSuchDate => TimePhraseResult.Fail(TimePhraseProblem.NoSuchDate),
            _ => Place(day, WithPart(clock, day.PartHour), nowUtc, zone, direction),
        };
    }

    /// <summary>A wall-clock time on its own: 19:00, 7pm, 7:30 pm, 19.30, 19h30, noon; digits of any script.</summary>
    public static bool TryReadClockTime(string? text, out TimeOnly time)
    {
        time = default;
        var tokens = TimeText.Normalize(text)?.Split(' ').ToList();
        if (tokens is null || tokens.Count is 0 or > 4)
        {
            return false;
        }

        var found = TakeClock(tokens, out var problem);
        if (found is null || problem != TimePhraseProblem.None || tokens.Count > 0)
        {
            return false;
        }

        time = found.Value;
        return true;
    }

    /// <summary>A day of the week in English or Spanish, full or short: monday, mon, lunes, lun, sáb.</summary>
    public static bool TryReadWeekday(string? text, out DayOfWeek day)
    {
        day = default;
        var plain = TimeText.Normalize(text);
        return plain is not null && DayWords.TryWeekday(plain, out day);
    }

    private static TimePhraseResult Place(DaySpec day, (TimeOnly Time, bool FromClock)? time, DateTime nowUtc, TimeZoneInfo zone, TimeDirection direction)
    {
        var today = LocalClock.LocalDate(nowUtc, zone);
        var past = direction == TimeDirection.Past;
        var date = day.Kind switch
        {
            DaySpecKind.Relative => today.AddDays(day.Offset),
            DaySpecKind.Date => day.Date,
            DaySpecKind.Weekday => past
                ? today.AddDays(-(((int)today.DayOfWeek - (int)day.Weekday + 7) % 7))
                : today.AddDays(((int)day.Weekday - (int)today.DayOfWeek + 7) % 7),
            DaySpecKind.Yearless => Yearless(day, today, past),
            _ => today,
        };

        var open = day.Kind is DaySpecKind.Today or DaySpecKind.Weekday;
        if (time is not { } given)
        {
            // A day alone: now when that is today and we look back, otherwise midday.
            var at = past && date == today ? nowUtc : LocalClock.ToUtc(date, Midday, zone);
            return Result(at, zone, timeGiven: false);
        }

        var utc = LocalClock.ToUtc(date, given.Time, zone);
        if (past && utc > nowUtc && day.Kind == DaySpecKind.Weekday)
        {
            utc = LocalClock.ToUtc(date.AddDays(-7), given.Time, zone); // "monday 07:00" typed on Monday at 06:00
        }
        else if (open && !past && utc <= nowUtc)
        {
            utc = LocalClock.ToUtc(date.AddDays(day.Kind == DaySpecKind.Weekday ? 7 : 1), given.Time, zone);
        }
        else if (past && !given.FromClock && date == today && utc > nowUtc
            && LocalClock.ToLocal(nowUtc, zone).Hour >= DayWords.PartStartHour(given.Time.Hour))
        {
            utc = nowUtc; // "this evening" typed at 18:00 means now; typed at noon it is still ahead
        }

        return Result(utc, zone, timeGiven: true);
    }

    private static TimePhraseResult Result(DateTime utc, TimeZoneInfo zone, bool timeGiven)
    {
        var local = LocalClock.ToLocal(utc, zone);
        return new(utc, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), timeGiven, TimePhraseProblem.None);
    }

    private static DateOnly Yearless(DaySpec day, DateOnly today, bool past)
    {
        var year = today.Year;
        // 29 February in a year without one rolls to the nearest year that has it.
        while (day.Day > DateTime.DaysInMonth(year, day.Month))
        {
            year += past ? -1 : 1;
        }

        var date = new DateOnly(year, day.Month, day.Day);
        if (past && date > today)
        {
            return Yearless(day, new DateOnly(year - 1, 12, 31), past);
        }

        return !past && date < today ? Yearless(day, new DateOnly(year + 1, 1, 1), past) : date;
    }

    /// <summary>A part of the day sets the time when no clock was given, and turns "7" into 19:00 in the evening.</summary>
    private static (TimeOnly, bool)? WithPart(TimeOnly? clock, int? partHour) => (clock, partHour) switch
    {
        ({ } c, >= 12) when c.Hour < 12 => (c.AddHours(12), true),
        ({ } c, _) => (c, true),
        (null, { } hour) => (new TimeOnly(hour, 0), false),
        _ => null,
    };

    private static TimePhraseResult FromRelative(Match match, DateTime nowUtc, TimeZoneInfo zone)
    {
        var amountText = match.Groups["n"].Value;
        double amount = amountText switch
        {
            "a" or "an" or "one" or "un" or "una" => 1,
            "half an" or "media" => 0.5,
            _ => int.Parse(amountText, CultureInfo.InvariantCulture),
        };
        var unit = match.Groups["u"].Value;
        var span = unit[0] switch
        {
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            'w' or 's' => TimeSpan.FromDays(7 * amount),
            _ => TimeSpan.FromMinutes(amount),
        };
        if (amount > 10_000)
        {
            return TimePhraseResult.Fail(TimePhraseProblem.Unreadable);
        }

        var back = match.Groups["ago"].Success || match.Groups["hace"].Success;
        return Result(back ? nowUtc - span : nowUtc + span, zone, timeGiven: true);
    }

    /// <summary>Finds the clock time among the tokens and removes it (and its "at"/"a las"/"pm") from them.</summary>
    private static TimeOnly? TakeClock(List<string> tokens, out TimePhraseProblem problem)
    {
        problem = TimePhraseProblem.None;
        for (var i = 0; i < tokens.Count; i++)
        {
            var after = Meridiem(tokens, i + 1, out var meridiemLength);
            var leadIn = LeadIn(tokens, i);
            var reading = ClockTime.Read(tokens[i], after, bareHourAllowed: leadIn > 0, out var time);
            if (reading == ClockTime.Reading.NotAClock)
            {
                continue;
            }

            if (reading == ClockTime.Reading.NoSuchTime)
            {
                problem = TimePhraseProblem.NoSuchTime;
                return null;
            }

            tokens.RemoveRange(i - leadIn, leadIn + 1 + meridiemLength);
            return time;
        }

        return null;
    }

    /// <summary>"am"/"pm" after a time, or the Spanish "de la mañana" (am) / "de la tarde|noche" (pm).</summary>
    private static string? Meridiem(List<string> tokens, int at, out int length)
    {
        length = 0;
        if (at < tokens.Count && tokens[at] is "am" or "pm")
        {
            length = 1;
            return tokens[at];
        }

        if (at + 2 < tokens.Count && tokens[at] == "de" && tokens[at + 1] == "la" && tokens[at + 2] is "manana" or "tarde" or "noche")
        {
            length = 3;
            return tokens[at + 2] == "manana" ? "am" : "pm";
        }

        return null;
    }

    /// <summary>How many tokens before index <paramref name="i"/> say "at": at, @, a las, a la.</summary>
    private static int LeadIn(List<string> tokens, int i)
    {
        if (i >= 2 && tokens[i - 2] == "a" && tokens[i - 1] is "las" or "la")
        {
            return 2;
        }

        return i >= 1 && tokens[i - 1] is "at" or "@" ? 1 : 0;
    }

    [GeneratedRegex(
        @"^(?:(?<n>\d{1,5}|an?|one|half an)\s*(?<u>m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+(?<ago>ago)" +
        @"|(?<hace>hace)\s+(?<n>\d{1,5}|una?|un|media)\s*(?<u>m|mins?|minutos?|h|hrs?|horas?|d|dias?|semanas?)" +
        @"|(?:in|en|dentro de)\s+(?<n>\d{1,5}|an?|one|half an|una?|un|media)\s*(?<u>m|mins?|minutes?|minutos?|h|hrs?|hours?|horas?|d|days?|dias?|w|wks?|weeks?|semanas?))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
