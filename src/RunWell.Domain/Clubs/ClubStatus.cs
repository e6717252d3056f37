using RunWell.Domain.Posts;

namespace RunWell.Domain.Clubs;

/// <param name="Paused">Members with a pause in force now.</param>
public sealed record MemberCounts(int Members, int BuddyOptIns, int NudgeOptIns, int Paused);

/// <summary>
/// How the latest run of one post kind went: its messages by delivery state. A "run" is the latest
/// post or message of the kind and everything of that kind in the 24 hours before it, so a day's
/// nudges count together while a weekly post stands alone.
/// </summary>
/// <param name="LastChannelError">The newest error of a failed channel post (e.g. a missing permission); DM errors are never shown.</param>
/// <param name="UndeliveredDirectMessages">Failed DMs, counted only: who they were for is nobody else's business.</param>
public sealed record PostResult(
    PostKind Kind,
    DateTime LastRunUtc,
    int Sent,
    int Pending,
    int Failed,
    string? LastChannelError,
    int UndeliveredDirectMessages);

/// <summary>Everything /runwell status shows.</summary>
public sealed record ClubStatus(
    Club Club,
    bool IsConfigured,
    IReadOnlyList<UpcomingSlot> Upcoming,
    IReadOnlyList<PostResult> LastResults,
    MemberCounts Counts);
