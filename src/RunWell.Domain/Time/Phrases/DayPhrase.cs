using System.Globalization;
using System.Text.RegularExpressions;

namespace RunWell.Domain.Time.Phrases;

/// <summary>What the day part of a phrase names, before it is placed on the calendar.</summary>
internal readonly record struct DaySpec(
    DaySpecKind Kind, int Offset = 0, DayOfWeek Weekday = default, DateOnly Date = default,
    int Month = 0, int Day = 0, int? PartHour = null);

internal enum DaySpecKind { Today, Relative, Weekday, Date, Yearless, Unreadable, Ambiguous, NoSuchDate }

/// <summary>Reads the day half of a phrase: today, ayer, monday, el lunes pasado, 20 nov, 2026-11-20, this evening.</summary>
internal static partial class DayPhrase
{
    public static DaySpec Read(IReadOnlyList<string> tokens)
    {
        var phrase = string.Join(' ', tokens);
        switch (phrase)
        {
            case "tonight":
                return new(DaySpecKind.Today, PartHour: 21);
            case "last night" or "anoche":
                return new(DaySpecKind.Relative, Offset: -1, PartHour: 21);
        }

        if (DayWords.RelativeDay(phrase) is { } whole)
        {
            return new(DaySpecKind.Relative, Offset: whole);
        }

        // A part of the day at the end: "this morning", "yesterday evening", "ayer por la tarde".
        if (tokens.Count > 0 && DayWords.TryPartHour(tokens[^1], out var hour))
        {
            var rest = tokens.Take(tokens.Count - 1).ToList();
            while (rest.Count > 0 && rest[^1] is "in" or "the" or "por" or "la" or "de" or "en" or "this" or "esta" or "este")
            {
                rest.RemoveAt(rest.Count - 1);
            }

            return ReadDay(rest) with { PartHour = hour };
        }

        return ReadDay(tokens);
    }

    private static DaySpec ReadDay(IReadOnlyList<string> tokens)
    {
        var phrase = string.Join(' ', tokens);
        if (phrase.Length == 0)
        {
            return new(DaySpecKind.Today);
        }

        if (DayWords.RelativeDay(phrase) is { } offset)
        {
            return new(DaySpecKind.Relative, Offset: offset);
        }

        var words = tokens.Where(t => !DayWords.IsWeekdayFiller(t)).ToList();
        if (words.Count == 1 && DayWords.TryWeekday(words[0], out var weekday))
        {
            return new(DaySpecKind.Weekday, Weekday: weekday);
        }

        if (Iso().Match(phrase) is { Success: true } iso)
        {
            return Dated(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"));
        }

        if (Slashed().Match(phrase) is { Success: true } slashed)
        {
            return FromSlashes(Number(slashed, "a"), Number(slashed, "b"), slashed.Groups["y"].Success ? Number(slashed, "y") : null);
        }

        return Worded(words);
    }

    /// <summary>20/11 is unambiguous; 03/04 could be March or April, so it is refused with a reason.</summary>
    private static DaySpec FromSlashes(int a, int b, int? year)
    {
        if (a <= 12 && b <= 12 && a != b)
        {
            return new(DaySpecKind.Ambiguous);
        }

        var (day, month) = a > 12 ? (a, b) : (b, a);
        if (year is { } y)
        {
            return Dated(y < 100 ? 2000 + y : y, month, day);
        }

        return Valid(2000, month, day) ? new(DaySpecKind.Yearless, Month: month, Day: day) : new(DaySpecKind.NoSuchDate);
    }

    /// <summary>"20 nov", "nov 20", "20th of november", "20 de noviembre de 2026", "monday 20 nov".</summary>
    private static DaySpec Worded(List<string> words)
    {
        int? day = null, month = null, year = null;
        foreach (var word in words.Where(w => w is not ("de" or "of" or "the")))
        {
            var number = Ordinal().Replace(word, "");
            if (number.Length == 4 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && year is null)
            {
                year = y;
            }
            else if (number.Length <= 2 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && day is null)
            {
                day = d;
            }
            else if (DayWords.TryMonth(word, out var m) && month is null)
            {
                month = m;
            }
            else if (!DayWords.TryWeekday(word, out _))
            {
                return new(DaySpecKind.Unreadable);
            }
        }

        if (day is not { } dd || month is not { } mm)
        {
            return new(DaySpecKind.Unreadable);
        }

        if (year is { } yy)
        {
            return Dated(yy, mm, dd);
        }

        return Valid(2000, mm, dd) ? new(DaySpecKind.Yearless, Month: mm, Day: dd) : new(DaySpecKind.NoSuchDate);
    }

    private static DaySpec Dated(int year, int month, int day) =>
        Valid(year, month, day) ? new(DaySpecKind.Date, Date: new DateOnly(year, month, day)) : new(DaySpecKind.NoSuchDate);

    // 2000 is a leap year, so 29 February is a real day when no year was given.
    private static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<a>\d{1,2})/(?<b>\d{1,2})(?:/(?<y>\d{2}|\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();

    [GeneratedRegex(@"(?<=\d)(st|nd|rd|th|o|a)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();
}
