namespace RunWell.Domain.Plans;

/// <summary>One anchor of a member's week: a weekday and a wall-clock time in the member's zone.</summary>
public readonly record struct PlanSlot(DayOfWeek Day, TimeOnly Time);

/// <summary>The limits of /plan set, said once (catalog, parser and service read them).</summary>
public static class PlanLimits
{
    public const int DefaultMinutes = 15;
    public const int MinMinutes = 5;
    public const int MaxMinutes = 120;
    public const int MaxDays = 7;

    /// <summary>Longest text /plan set accepts for its days ("tue 07:00 sat 09:30 ..."), before parsing.</summary>
    public const int DaysMaxLength = 120;

    /// <summary>Storage width of the canonical slots text (seven "Wednesday 07:00" entries and separators).</summary>
    public const int StoredSlotsMaxLength = 120;
}
