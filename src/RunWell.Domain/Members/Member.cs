namespace RunWell.Domain.Members;

/// <summary>Where a nudge goes when DMs are closed: nowhere, unless the member agreed to a channel mention.</summary>
public enum NudgeFallback
{
    Skip = 0,
    MentionInChannel = 1,
}

/// <summary>A person in one server. Everything about them is scoped to that server.</summary>
public sealed class Member
{
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>The member's own IANA zone; null means "use the server's".</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>The member's Discord language (their last interaction's locale), for the DMs they asked for; null for the server's.</summary>
    public string? Language { get; set; }

    public bool BuddyOptIn { get; set; }

    public bool NudgeOptIn { get; set; }
    public int NudgeAfterDays { get; set; } = MemberDefaults.NudgeAfterDays;
    public DateTime? NudgeSnoozedUntilUtc { get; set; }
    public DateTime? LastNudgeAtUtc { get; set; }

    /// <summary>What a nudge does when the member's DMs are closed; skipping is the default.</summary>
    public NudgeFallback NudgeIfDmsClosed { get; set; }

    /// <summary>True when the member asked not to be named in the weekly summary's shout-out.</summary>
    public bool HiddenFromShoutOut { get; set; }

    /// <summary>The gentle plan's anchor slots (<see cref="Plans.PlanSlotsText"/>); null: no plan.</summary>
    public string? PlanSlots { get; set; }

    /// <summary>Minutes the member means to run at each slot.</summary>
    public int PlanMinutes { get; set; } = Plans.PlanLimits.DefaultMinutes;

    /// <summary>Opted in to one DM at each slot.</summary>
    public bool PlanReminders { get; set; }

    /// <summary>A slot in the quiet hours may be reminded at 20:00 the evening before (else it gets none).</summary>
    public bool PlanEveningBefore { get; set; }

    /// <summary>Opted in to being named in the weekly summary's shout-out for a milestone (counts only).</summary>
    public bool CelebrateMilestones { get; set; }

    /// <summary>When the one-time "what is stored" notice was shown; null until the first entry.</summary>
    public DateTime? PrivacyNoticeShownAtUtc { get; set; }

    /// <summary>Set by /grouprun reminders off: no reminder DMs before group runs.</summary>
    public bool GroupRunRemindersOff { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>A detached copy with the same values (a cache hands out copies, never its own instance).</summary>
    public Member Copy() => (Member)MemberwiseClone();
}
