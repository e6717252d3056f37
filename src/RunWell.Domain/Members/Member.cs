namespace RunWell.Domain.Members;

/// <summary>A person in one server. Everything about them is scoped to that server.</summary>
public sealed class Member
{
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>The member's own IANA zone; null means "use the server's".</summary>
    public string? TimeZoneId { get; set; }

    public bool BuddyOptIn { get; set; }

    public bool NudgeOptIn { get; set; }
    public int NudgeAfterDays { get; set; } = MemberDefaults.NudgeAfterDays;
    public DateTime? NudgeSnoozedUntilUtc { get; set; }
    public DateTime? LastNudgeAtUtc { get; set; }

    /// <summary>Last run, check-in or buddy answer: what nudges measure quiet days from.</summary>
    public DateTime? LastActivityAtUtc { get; set; }

    /// <summary>When the one-time "what is stored" notice was shown; null until the first entry.</summary>
    public DateTime? PrivacyNoticeShownAtUtc { get; set; }

    /// <summary>Set by /grouprun reminders off: no reminder DMs before group runs.</summary>
    public bool GroupRunRemindersOff { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
