using RunWell.Domain.Time;

namespace RunWell.Domain.Clubs;

/// <summary>A Discord server's RunWell settings. One row per server the bot has seen.</summary>
public sealed class Club
{
    public ulong GuildId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Where group posts go; null until an admin runs setup.</summary>
    public ulong? ChannelId { get; set; }

    /// <summary>IANA id; UTC until an admin sets it.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>The server's zone: what "today", "this week" and every club slot are counted in (UTC if the id is unknown).</summary>
    public TimeZoneInfo Zone() => TimeZones.FindOrUtc(TimeZoneId);

    public DayOfWeek SummaryDay { get; set; } = ClubDefaults.SummaryDay;
    public TimeOnly SummaryTime { get; set; } = ClubDefaults.SummaryTime;
    public DayOfWeek PairingDay { get; set; } = ClubDefaults.PairingDay;
    public TimeOnly PairingTime { get; set; } = ClubDefaults.PairingTime;
    public DayOfWeek CheckInDay { get; set; } = ClubDefaults.CheckInDay;
    public TimeOnly CheckInTime { get; set; } = ClubDefaults.CheckInTime;
    public TimeOnly NudgeTime { get; set; } = ClubDefaults.NudgeTime;

    /// <summary>Support/helpline text shown by /help and in nudges; null means the default text.</summary>
    public string? SupportText { get; set; }

    /// <summary>The language of group posts (a Discord locale such as "es-ES"): the server's own language, learned from interactions; null for English.</summary>
    public string? Language { get; set; }

    public int RetentionDays { get; set; } = ClubDefaults.RetentionDays;

    /// <summary>/runwell setup group_runs:admins: only admins may create group runs.</summary>
    public bool GroupRunsAdminsOnly { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// A random key held only by this server's row (and deleted with it) that seeds the noise of the
    /// group mood figure, so a re-draft gives the same figure and nobody outside can predict it.
    /// </summary>
    public byte[] NoiseSecret { get; set; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    /// <summary>Set when the bot was removed from the server; data is purged 30 days later unless re-added.</summary>
    public DateTime? RemovedAtUtc { get; set; }

    /// <summary>A detached copy with the same values, its secret in an array of its own.</summary>
    public Club Copy()
    {
        var copy = (Club)MemberwiseClone();
        copy.NoiseSecret = [.. NoiseSecret];
        return copy;
    }
}
