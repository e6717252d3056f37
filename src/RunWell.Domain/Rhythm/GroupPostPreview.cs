using RunWell.Domain.Clubs;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;

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
}

/// <summary>What a scheduled post would say right now, as facts.</summary>
/// <param name="Language">The language the post would be written in (the server's).</param>
/// <param name="NoChannel">No club channel is set, so nothing would actually be posted.</param>
/// <param name="DueCount">For nudges: how many members would be nudged now (a count, never names).</param>
public sealed record PostPreview(
    IReadOnlyList<PostFacts> Posts,
    PreviewState State,
    string? Language = null,
    bool NoChannel = false,
    int? DueCount = null);

/// <summary>
/// Drafts a group post for an admin without posting it: the producers run, but this scope is never
/// saved, so anything they added to the unit of work (e.g. next week's buddy groups) is thrown away.
/// </summary>
public sealed class GroupPostPreview(IClubStore clubs, IEnumerable<IGroupPostProducer> producers, NudgeSweep nudges, TimeProvider time)
{
    public async Task<PostPreview> PreviewAsync(ulong guildId, PostKind kind, CancellationToken ct)
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

        var draft = await producer.DraftAsync(club, time.GetUtcNow().UtcDateTime, ct);
        var state = draft.Messages.Count == 0 ? PreviewState.NothingToPost : PreviewState.Ready;
        return new PostPreview([.. draft.Messages.Select(m => m.Facts)], state, club.Language, noChannel);
    }
}
