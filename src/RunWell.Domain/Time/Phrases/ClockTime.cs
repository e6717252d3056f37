using System.Globalization;
using System.Text.RegularExpressions;

namespace RunWell.Domain.Time.Phrases;

/// <summary>Reads one wall-clock time: 19:00, 7:30, 19.30, 19h30, 7pm, 7:30 pm, noon, mediodía.</summary>
internal static partial class ClockTime
{
    public enum Reading { NotAClock, Ok, NoSuchTime }

    /// <summary>
    /// Reads <paramref name="token"/> (with an optional "am"/"pm" word after it). A bare hour ("7")
    /// counts only when <paramref name="bareHourAllowed"/> (after "at", "a las", or with am/pm).
    /// </summary>
    public static Reading Read(string token, string? meridiem, bool bareHourAllowed, out TimeOnly time)
    {
        time = default;
        switch (token)
        {
            case "noon" or "midday" or "mediodia":
                time = new TimeOnly(12, 0);
                return Reading.Ok;
            case "midnight" or "medianoche":
                time = TimeOnly.MinValue;
                return Reading.Ok;
        }

        var match = Clock().Match(token);
        if (!match.Success)
        {
            return Reading.NotAClock;
        }

        var hasMinutes = match.Groups["m"].Success;
        if (!hasMinutes && meridiem is null && !bareHourAllowed && !match.Groups["h_suffix"].Success)
        {
            return Reading.NotAClock;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = hasMinutes ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (meridiem is not null)
        {
            if (hour is < 1 or > 12)
            {
                return Reading.NoSuchTime;
            }

            hour = (hour % 12) + (meridiem == "pm" ? 12 : 0);
        }

        if (hour > 23 || minute > 59)
        {
            return Reading.NoSuchTime;
        }

        time = new TimeOnly(hour, minute);
        return Reading.Ok;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.h](?<m>\d{2})|(?<h_suffix>h))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
