namespace RunWell.Domain.Posts;

public enum PostKind
{
    WeeklySummary = 0,
    BuddyPairing = 1,
    BuddyCheckIn = 2,
    Nudge = 3,
}
