namespace RunWell.Domain.Entries;

/// <summary>A logged run (or jog-walk, walk, other). Distance is optional and never ranked.</summary>
public sealed class RunLog
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }

    public DateTime AtUtc { get; set; }
    public DateOnly LocalDate { get; set; }
    public TimeOnly LocalTime { get; set; }

    public int Minutes { get; set; }
    public RunKind Kind { get; set; }

    public int? MoodAfter { get; set; }
    public int? StressAfter { get; set; }
    public int? EnergyAfter { get; set; }
    public HelpedBy? Helped { get; set; }
    public string? Note { get; set; }
    public double? DistanceKm { get; set; }

    /// <summary>The check-in within 3 hours before the run, which serves as its "before".</summary>
    public long? BeforeCheckInId { get; set; }

    /// <summary>Set when logged through a group run's "I was there": counted as a group run.</summary>
    public long? GroupRunId { get; set; }

    public string? SourceId { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    public bool IsMicroRun => Minutes <= EntryLimits.MicroRunMaxMinutes;
}
