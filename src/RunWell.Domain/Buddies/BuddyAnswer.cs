namespace RunWell.Domain.Buddies;

public enum BuddyAnswerKind
{
    Ran = 0,
    Planning = 1,
    NotThisWeek = 2,
}

/// <summary>A member's answer to the weekly buddy check-in; one per member per group, changeable.</summary>
public sealed class BuddyAnswer
{
    public long Id { get; set; }
    public long GroupId { get; set; }
    public ulong GuildId { get; set; }
    public ulong UserId { get; set; }
    public BuddyAnswerKind Answer { get; set; }
    public DateTime AnsweredAtUtc { get; set; }
}
