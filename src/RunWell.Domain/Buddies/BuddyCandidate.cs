namespace RunWell.Domain.Buddies;

/// <summary>A member who can be paired this week.</summary>
/// <param name="UtcOffset">Their zone's offset at the pairing instant, so daylight saving is already applied.</param>
public readonly record struct BuddyCandidate(ulong UserId, TimeSpan UtcOffset);

/// <summary>The week's groups (pairs, plus one trio when the count is odd) and anyone who could not be paired.</summary>
public sealed record BuddyPairing(IReadOnlyList<IReadOnlyList<ulong>> Groups, IReadOnlyList<ulong> Unpaired);
