namespace RunWell.Domain.Entries;

/// <summary>A mood check-in. Private to its owner, always.</summary>
public sealed class CheckIn
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The day and time in the member's zone when it happened; fixed at logging time.</summary>
    public DateOnly LocalDate { get; set; }
    public TimeOnly LocalTime { get; set; }

    public int Mood { get; set; }
    public int Stress { get; set; }
    public int Energy { get; set; }
    public int? Sleep { get; set; }
    public string? Concern { get; set; }

    /// <summary>The interaction that created it; unique, so a replayed interaction stores once.</summary>
    public string? SourceId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
