using System.Globalization;
using RunWell.Domain.Time.Phrases;

namespace RunWell.Domain.Clubs;

/// <summary>
/// Reads and writes the wall-clock times and days admins type. Shown as 24-hour <c>HH:mm</c>; read
/// forgivingly (<c>19:00</c>, <c>7pm</c>, <c>7:30 pm</c>, <c>19.30</c>, digits of any script).
/// </summary>
public static class SlotText
{
    public static bool TryParseTime(string? text, out TimeOnly time) => TimePhrase.TryReadClockTime(text, out time);

    /// <summary>The problem for a time nobody could read; the presenter quotes what was sent.</summary>
    public static Problem BadTime(string option, string? typed) => new(ProblemKind.NotATime, option, (typed ?? "").Trim());

    public static bool TryParseDay(string? text, out DayOfWeek day) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out day) && Enum.IsDefined(day) && !int.TryParse(text, out _);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DayOfWeek day) => day.ToString();
}
