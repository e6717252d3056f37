using System.Globalization;

namespace RunWell.Bot.Presenters;

/// <summary>Local dates and times as the reader's language writes them ("Mon 23 Nov", "lun 23 nov").</summary>
internal static class Dates
{
    public static string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.CurrentUICulture);

    public static string DayAndTime(DateOnly date, TimeOnly time) =>
        Day(date) + " " + time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DayTime(DateTime local) => local.ToString("ddd d MMM HH:mm", CultureInfo.CurrentUICulture);
}
