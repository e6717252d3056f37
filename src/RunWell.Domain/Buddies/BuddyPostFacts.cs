using RunWell.Domain.Posts;

namespace RunWell.Domain.Buddies;

/// <summary>The week's pairs, for the club channel. Only who and when: never a mood, a pause or its reason.</summary>
/// <param name="CheckInUtc">When the check-in comes (with pairs only).</param>
/// <param name="SomeoneAlone">A member joined but could not be paired and hears it here, unnamed.</param>
public sealed record PairingPost(IReadOnlyList<IReadOnlyList<ulong>> Groups, DateTime? CheckInUtc, bool SomeoneAlone) : PostFacts;

/// <summary>A DM to the one member left without a buddy this week (only if they asked for DMs).</summary>
public sealed record AloneInPairingDirect(DateTime NextPairingUtc) : PostFacts;

/// <summary>The weekly check-in of one group, pinging the members still in pairing and not on a break.</summary>
public sealed record BuddyCheckInPost(long GroupId, IReadOnlyList<ulong> Active) : PostFacts;
