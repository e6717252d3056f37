using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;

namespace RunWell.Domain.Rhythm;

/// <summary>What a scheduled post would say right now; <see cref="Notice"/> explains an empty or partial preview.</summary>
/// <param name="DueCount">For nudges: how many members would be nudged now (a count, never names).</param>
public sealed record PostPreview(IReadOnlyList<Message> Messages, string? Notice = null, int? DueCount = null);

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
            return new PostPreview([], "RunWell has no settings for this server yet: run `/runwell setup` first.");
        }

        var notice = club.ChannelId is null ? "No club channel is set, so nothing would be posted until `/runwell setup` sets one." : null;
        if (kind == PostKind.Nudge)
        {
            var due = await nudges.CountDueAsync(club, ct);
            var sample = NudgeCopy.DirectMessage(guildId, 0, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), ClubDefaults.SupportTextOf(club));
            return new PostPreview([sample], null, due);
        }

        // Last registration wins, as everywhere in DI: a later registration replaces a default producer.
        var producer = producers.LastOrDefault(p => p.Kind == kind);
        if (producer is null)
        {
            return new PostPreview([], "This post is not available in this build yet.");
        }

        var draft = await producer.DraftPreviewAsync(club, time.GetUtcNow().UtcDateTime, ct);
        return new PostPreview([.. draft.Messages.Select(m => m.Message)], draft.Messages.Count == 0 ? Join(notice, "There is nothing to post right now.") : notice);
    }

    private static string Join(string? first, string second) => first is null ? second : first + " " + second;
}
