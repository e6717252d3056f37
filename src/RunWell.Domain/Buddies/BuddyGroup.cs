namespace RunWell.Domain.Buddies;

/// <summary>One week's pair (or trio) in a server.</summary>
public sealed class BuddyGroup
{
    public long Id { get; set; }
    public ulong GuildId { get; set; }

    /// <summary>The Monday of the pairing week in the server's zone.</summary>
    public DateOnly WeekStart { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<BuddyGroupMember> Members { get; set; } = [];
}

/// <summary>
/// A seat in a buddy group. <see cref="UserId"/> becomes null when that member deletes their data,
/// so the partner's history survives without the deleted member's identity.
/// </summary>
public sealed class BuddyGroupMember
{
    public long Id { get; set; }
    public long GroupId { get; set; }
    public ulong? UserId { get; set; }
}
