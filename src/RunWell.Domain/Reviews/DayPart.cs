namespace RunWell.Domain.Reviews;

/// <summary>The parts of the day a review compares. Boundaries are local wall-clock hours.</summary>
public enum DayPart
{
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
}

public static class DayParts
{
    /// <summary>Morning 05–11, midday 11–14, afternoon 14–17, evening 17–21, night 21–05.</summary>
    public static DayPart Of(TimeOnly local) => local.Hour switch
    {
        >= 5 and < 11 => DayPart.Morning,
        >= 11 and < 14 => DayPart.Midday,
        >= 14 and < 17 => DayPart.Afternoon,
        >= 17 and < 21 => DayPart.Evening,
        _ => DayPart.Night,
    };

    /// <summary>Late runs: the ones the material says can leave a person too alert to sleep.</summary>
    public static bool IsLate(DayPart part) => part is DayPart.Evening or DayPart.Night;
}
