namespace RunWell.Domain.Time;

/// <summary>Conversions between instants and a zone's wall clock that survive daylight-saving changes.</summary>
public static class LocalClock
{
    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public static DateOnly LocalDate(DateTime utc, TimeZoneInfo zone) => DateOnly.FromDateTime(ToLocal(utc, zone));

    /// <summary>
    /// The instant a wall-clock time happens in a zone. A time skipped by a spring-forward change
    /// moves forward by the gap (02:30 becomes 03:30); an ambiguous autumn time takes the first one.
    /// </summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var gap = zone.GetAdjustmentRules()
                .Where(r => r.DateStart <= local && local <= r.DateEnd)
                .Select(r => r.DaylightDelta)
                .FirstOrDefault(TimeSpan.FromHours(1));
            local = local.Add(gap.Duration());
        }

        if (zone.IsAmbiguousTime(local))
        {
            // The first occurrence carries the larger (daylight) offset.
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>The start of the local day as an instant (a DST change can make days 23 or 25 hours long).</summary>
    public static DateTime StartOfDayUtc(DateOnly date, TimeZoneInfo zone) => ToUtc(date, TimeOnly.MinValue, zone);
}
