using System.Globalization;

namespace RunWell.Domain.Clubs;

/// <summary>Reads and writes the wall-clock times and days admins type: 24-hour <c>HH:mm</c>, English day names.</summary>
public static class SlotText
{
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm"];

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryParseDay(string? text, out DayOfWeek day) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out day) && Enum.IsDefined(day) && !int.TryParse(text, out _);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DayOfWeek day) => day.ToString();
}
