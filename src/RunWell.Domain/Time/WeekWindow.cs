using System.Globalization;

namespace RunWell.Domain.Time;

/// <summary>A Monday–Sunday week in one zone, with its exact bounds as instants.</summary>
public sealed record WeekWindow(DateOnly Monday, TimeZoneInfo Zone)
{
    public DateOnly Sunday => Monday.AddDays(6);

    public DateTime StartUtc => LocalClock.StartOfDayUtc(Monday, Zone);

    /// <summary>Exclusive end: the start of the next Monday.</summary>
    public DateTime EndUtc => LocalClock.StartOfDayUtc(Monday.AddDays(7), Zone);

    /// <summary>ISO week key, e.g. "2026-W48": the period key of weekly posts.</summary>
    public string Key => $"{ISOWeek.GetYear(Monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue)):00}";

    public bool Contains(DateOnly date) => Monday <= date && date <= Sunday;

    public WeekWindow Previous => this with { Monday = Monday.AddDays(-7) };

    public WeekWindow Next => this with { Monday = Monday.AddDays(7) };

    public static WeekWindow Containing(DateOnly date, TimeZoneInfo zone) => new(MondayOf(date), zone);

    public static WeekWindow Containing(DateTime utc, TimeZoneInfo zone) => Containing(LocalClock.LocalDate(utc, zone), zone);

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
