using RunWell.Domain.Time;

namespace RunWell.Domain.GroupRuns;

public enum GroupRunStatus
{
    Scheduled = 0,
    Finished = 1,
    Cancelled = 2,
}

/// <summary>Whether the run has its Discord scheduled event, and if not, why.</summary>
public enum GroupRunEventState
{
    /// <summary>Not created yet (a weekly repeat saved before its event, e.g. across a restart).</summary>
    Pending = 0,
    Created = 1,

    /// <summary>The bot lacks Create Events / Manage Events: the announcement went out alone.</summary>
    MissingPermission = 2,

    /// <summary>The platform refused or failed; the announcement went out alone.</summary>
    Failed = 3,

    /// <summary>A platform without scheduled events (console mode).</summary>
    NotSupported = 4,
}

/// <summary>
/// A group run: a meeting point, a start and a length. Every pace welcome. The announcement and the
/// "who came?" post go through the outbox; the Discord event is the platform's own calendar entry.
/// </summary>
public sealed class GroupRun
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong ChannelId { get; set; }
    public ulong CreatorId { get; set; }
    public string CreatorName { get; set; } = "";

    public DateTime StartUtc { get; set; }
    public int Minutes { get; set; }

    /// <summary>The zone the run was planned in (the creator's): local times and weekly repeats follow it.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>The run's zone (UTC if the id is unknown).</summary>
    public TimeZoneInfo Zone() => TimeZones.FindOrUtc(TimeZoneId);

    public string Location { get; set; } = "";
    public string? Note { get; set; }
    public bool Weekly { get; set; }

    /// <summary>The run this one repeats; unique, so a weekly repeat is created once.</summary>
    public long? PreviousRunId { get; set; }

    public ulong? EventId { get; set; }
    public GroupRunEventState EventState { get; set; }
    public GroupRunStatus Status { get; set; }

    /// <summary>The interaction that created it, so a replay creates nothing twice.</summary>
    public string? SourceId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? CancelledAtUtc { get; set; }

    public DateTime EndUtc => StartUtc.AddMinutes(Minutes);
}

public enum RsvpAnswer
{
    Going = 0,
    CantMake = 1,
}

/// <summary>
/// One person's answer to one run: "I'm in", "Can't make it", and/or Discord's own "Interested".
/// Public by nature (said in the channel); removed with the member's data.
/// </summary>
public sealed class GroupRunRsvp
{
    public long Id { get; set; }
    public long GroupRunId { get; set; }
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }
    public RsvpAnswer? Answer { get; set; }
    public bool Interested { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
