using RunWell.Domain.Buddies;
using RunWell.Domain.Members;

namespace RunWell.Domain.Ports;

/// <summary>Buddy groups, their check-in answers, and who opted in to pairing. Scoped to one server.</summary>
public interface IBuddyStore
{
    /// <summary>Members who joined buddy pairing (read-only snapshots: pairing never changes them).</summary>
    Task<IReadOnlyList<Member>> ListOptedInAsync(ulong guildId, CancellationToken ct);

    /// <summary>Groups whose week starts between the two Mondays (inclusive), with their seats.</summary>
    Task<IReadOnlyList<BuddyGroup>> ListGroupsAsync(ulong guildId, DateOnly fromWeekStart, DateOnly toWeekStart, CancellationToken ct);

    /// <summary>A group with its seats.</summary>
    Task<BuddyGroup?> FindGroupAsync(long groupId, CancellationToken ct);

    /// <summary>The member's group of one pairing week, with its seats.</summary>
    Task<BuddyGroup?> FindGroupOfAsync(ulong guildId, ulong userId, DateOnly weekStart, CancellationToken ct);

    /// <summary>Adds a group (with its seats) to the unit of work; the caller's publisher saves it.</summary>
    void AddGroup(BuddyGroup group);

    Task<BuddyAnswer?> FindAnswerAsync(long groupId, ulong userId, CancellationToken ct);

    void AddAnswer(BuddyAnswer answer);
}
