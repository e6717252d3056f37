namespace RunWell.Domain.Entries;

/// <summary>Every limit a member can hit. The command catalog and the services both read these.</summary>
public static class EntryLimits
{
    public const int MinRating = 1;
    public const int MaxRating = 10;
    public const int MinMinutes = 1;
    public const int MaxMinutes = 600;
    public const int MicroRunMaxMinutes = 10;
    public const int NoteMaxLength = 300;
    public const int ConcernMaxLength = 200;
    public const double MinDistanceKm = 0.1;
    public const double MaxDistanceKm = 200;
    public const int MaxBackdateDays = 7;

    /// <summary>A check-in this close before a run is that run's "before".</summary>
    public static readonly TimeSpan BeforeWindow = TimeSpan.FromHours(3);

    /// <summary>A little slack for clocks: "now" typed on a phone may be a minute ahead of ours.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);
}
