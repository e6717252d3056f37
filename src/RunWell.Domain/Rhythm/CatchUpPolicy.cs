using RunWell.Domain.Posts;

namespace RunWell.Domain.Rhythm;

/// <summary>
/// How long after its slot a missed weekly post is still worth sending after downtime. Past that it
/// would confuse more than help (a Sunday summary on Tuesday), so the week is skipped instead.
/// Nudges are not here: the sweep itself only nudges within the member's same local day.
/// </summary>
public static class CatchUpPolicy
{
    public static TimeSpan WindowFor(PostKind kind) => kind switch
    {
        PostKind.WeeklySummary => TimeSpan.FromHours(24),
        PostKind.BuddyCheckIn => TimeSpan.FromHours(12),

        // Not fixed by the product; a day keeps a Monday pairing useful for the rest of the week's start.
        PostKind.BuddyPairing => TimeSpan.FromHours(24),
        _ => TimeSpan.Zero,
    };
}
