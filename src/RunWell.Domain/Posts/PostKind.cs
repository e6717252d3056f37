namespace RunWell.Domain.Posts;

public enum PostKind
{
    WeeklySummary = 0,
    BuddyPairing = 1,
    BuddyCheckIn = 2,
    Nudge = 3,

    /// <summary>A member's plan slot reminder (a DM; the period is the member's local date).</summary>
    PlanReminder = 4,
    GroupRunAnnouncement = 5,
    GroupRunReminder = 6,
    GroupRunWhoCame = 7,
    GroupRunCancelled = 8,
}
