using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Domain.Summaries;
using RunWell.Domain.Time;

namespace RunWell.Domain.Rhythm;

/// <summary>Why a preview is empty or partial; the presenter says it in words.</summary>
public enum PreviewState
{
    Ready,

    /// <summary>The server has no RunWell settings yet.</summary>
    NotSetUp,

    /// <summary>No producer for this kind of post in this build.</summary>
    Unavailable,

    /// <summary>The producer had nothing to post right now.</summary>
    NothingToPost,

    /// <summary>Nobody has opted in to buddy pairing, so there is nobody to pair.</summary>
    NobodyToPair,

    /// <summary>No pairs this week yet: the sample shows what each pair's check-in will look like; see <see cref="PostPreview.NextPairingUtc"/>.</summary>
    PairsNotFormed,

    /// <summary>Everyone in this week's pairs has paused or left buddy pairing: no check-in would go out.</summary>
    PairsAllAway,

    /// <summary>The check-ins would go nowhere (no channel): the sample shows what each pair's will look like.</summary>
    SampleCheckIn,
}

/// <summary>What a scheduled post would say right now, as facts.</summary>
/// <param name="Language">The language the post would be written in (the server's).</param>
/// <param name="NoChannel">No club channel is set, so nothing would actually be posted.</param>
/// <param name="DueCount">For nudges: how many members would be nudged now (a count, never names).</param>
/// <param name="NextPairingUtc">For <see cref="PreviewState.PairsNotFormed"/>: when the next pairing forms the pairs.</param>
public sealed record PostPreview(
    IReadOnlyList<PostFacts> Posts,
    PreviewState State,
    string? Language = null,
    bool NoChannel = false,
    int? DueCount = null,
    DateTime? NextPairingUtc = null)
{
    /// <summary>
    /// The stored copy of a post that was recorded (already presented, exactly as it went or will go
    /// out); when set, it is shown instead of <see cref="Posts"/>.
    /// </summary>
    public IReadOnlyList<Message>? Stored { get; init; }

    /// <summary>For the summary of a completed week: which slot it belongs to and whether it went out.</summary>
    public CompletedPost? Completed { get; init; }
}

/// <summary>Whether the summary of a completed week was posted, is waiting to go out, or never was.</summary>
public enum CompletedPostState
{
    Posted = 0,
    Waiting = 1,
    NotPosted = 2,
}

/// <param name="SlotUtc">The summary slot that completed the week.</param>
public sealed record CompletedPost(DateTime SlotUtc, CompletedPostState State);

/// <summary>
/// Drafts a group post for an admin without posting it: the producers run, but this scope is never
/// saved, so anything they added to the unit of work (e.g. next week's buddy groups) is thrown away.
/// </summary>
public sealed class GroupPostPreview(
    IClubStore clubs, IEnumerable<IGroupPostProducer> producers, NudgeSweep nudges, IBuddyStore buddies, IPostStore posts, TimeProvider time)
{
    /// <summary>
    /// The summary of the last completed week exactly as it was (or will be) posted: the stored copy when
    /// it was posted, so its mood figure is the released one and never a re-draft from data that changed
    /// since (a re-draft after a member's deletion, set against the posted figure, would give their value
    /// back); when it never was posted, what the publisher would post for that slot.
    /// </summary>
    public async Task<PostPreview> PreviewLastSummaryAsync(ulong guildId, CancellationToken ct)
    {
        var club = await clubs.FindAsync(guildId, ct);
        if (club is null)
        {
            return new PostPreview([], PreviewState.NotSetUp);
        }

        var zone = club.Zone();
        var slot = SlotCalculator.LatestWeekly(club.SummaryDay, club.SummaryTime, zone, time.GetUtcNow().UtcDateTime);
        var stored = await posts.FindMessagesAsync(guildId, PostKind.WeeklySummary, WeeklySummaryProducer.WindowFor(slot, zone).PeriodKey, ct);
        if (stored is not null)
        {
            var state = stored.Any(m => m.Status == OutboxStatus.Pending) ? CompletedPostState.Waiting : CompletedPostState.Posted;
            return new PostPreview([], PreviewState.Ready, club.Language)
            {
                Stored = [.. stored.Select(m => OutboxPayload.Deserialize(m.PayloadJson))],
                Completed = new CompletedPost(slot, state),
            };
        }

        var producer = producers.LastOrDefault(p => p.Kind == PostKind.WeeklySummary);
        if (producer is null)
        {
            return new PostPreview([], PreviewState.Unavailable, club.Language);
        }

        var draft = await producer.DraftAsync(club, slot, ct);
        var completed = new CompletedPost(slot, CompletedPostState.NotPosted);
        return draft.Messages.Count > 0
            ? new PostPreview([.. draft.Messages.Select(m => m.Facts)], PreviewState.Ready, club.Language, club.ChannelId is null) { Completed = completed }
            : new PostPreview([], PreviewState.NothingToPost, club.Language, club.ChannelId is null) { Completed = completed };
    }

    /// <param name="viewerUserId">The admin asking: a sample check-in mentions them, never a member.</param>
    public async Task<PostPreview> PreviewAsync(ulong guildId, PostKind kind, CancellationToken ct, ulong viewerUserId = 0)
    {
        var club = await clubs.FindAsync(guildId, ct);
        if (club is null)
        {
            return new PostPreview([], PreviewState.NotSetUp);
        }

        var noChannel = club.ChannelId is null;
        if (kind == PostKind.Nudge)
        {
            var due = await nudges.CountDueAsync(club, ct);
            var sample = new NudgeDirect(guildId, 0, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), club.SupportText);
            return new PostPreview([sample], PreviewState.Ready, club.Language, DueCount: due);
        }

        // Last registration wins, as everywhere in DI: a later registration replaces a default producer.
        var producer = producers.LastOrDefault(p => p.Kind == kind);
        if (producer is null)
        {
            return new PostPreview([], PreviewState.Unavailable, club.Language);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var draft = await producer.DraftPreviewAsync(club, now, ct);
        if (draft.Messages.Count > 0)
        {
            return new PostPreview([.. draft.Messages.Select(m => m.Facts)], PreviewState.Ready, club.Language, noChannel);
        }

        return await WhyEmptyAsync(club, kind, noChannel, now, viewerUserId, ct);
    }

    /// <summary>An empty draft says why, and a check-in with no pairs yet shows what each pair's post will look like.</summary>
    private async Task<PostPreview> WhyEmptyAsync(Club club, PostKind kind, bool noChannel, DateTime now, ulong viewerUserId, CancellationToken ct)
    {
        if (kind == PostKind.BuddyPairing && (await buddies.ListOptedInAsync(club.GuildId, ct)).Count == 0)
        {
            return new PostPreview([], PreviewState.NobodyToPair, club.Language, noChannel);
        }

        if (kind == PostKind.BuddyCheckIn)
        {
            var week = BuddyService.CurrentPairingWeek(club, now);
            var groups = await buddies.ListGroupsAsync(club.GuildId, week, week, ct);
            PostFacts sample = new BuddyCheckInPost(0, [viewerUserId]);
            if (groups.Count == 0)
            {
                var next = SlotCalculator.NextWeekly(club.PairingDay, club.PairingTime, club.Zone(), now);
                return new PostPreview([sample], PreviewState.PairsNotFormed, club.Language, noChannel, NextPairingUtc: next);
            }

            return noChannel
                ? new PostPreview([sample], PreviewState.SampleCheckIn, club.Language, noChannel)
                : new PostPreview([], PreviewState.PairsAllAway, club.Language);
        }

        return new PostPreview([], PreviewState.NothingToPost, club.Language, noChannel);
    }
}
