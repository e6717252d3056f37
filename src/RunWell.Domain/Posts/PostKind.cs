namespace RunWell.Domain.Posts;

public enum PostKind
{
    WeeklySummary = 0,
    BuddyPairing = 1,
    BuddyCheckIn = 2,
    Nudge = 3,
    GroupRunAnnouncement = 4,
    GroupRunReminder = 5,
    GroupRunWhoCame = 6,
    GroupRunCancelled = 7,
}
