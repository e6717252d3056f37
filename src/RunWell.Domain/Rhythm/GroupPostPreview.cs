using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Domain.Rhythm;

/// <summary>What a scheduled post would say right now; <see cref="Notice"/> explains an empty or partial preview.</summary>
/// <param name="DueCount">For nudges: how many members would be nudged now (a count, never names).</param>
public sealed record PostPreview(IReadOnlyList<Message> Messages, string? Notice = null, int? DueCount = null);

/// <summary>
/// Drafts a group post for an admin without posting it: the producers run, but this scope is never
/// saved, so anything they added to the unit of work (e.g. next week's buddy groups) is thrown away.
/// </summary>
public sealed class GroupPostPreview(
    IClubStore clubs, IEnumerable<IGroupPostProducer> producers, NudgeSweep nudges, IBuddyStore buddies, TimeProvider time)
{
    /// <param name="viewerUserId">The admin asking: a sample check-in mentions them, never a member.</param>
    public async Task<PostPreview> PreviewAsync(ulong guildId, PostKind kind, CancellationToken ct, ulong viewerUserId = 0)
    {
        var club = await clubs.FindAsync(guildId, ct);
        if (club is null)
        {
            return new PostPreview([], "RunWell has no settings for this server yet: run `/runwell setup` first.");
        }

        var notice = club.ChannelId is null
            ? "No club channel is set, so nothing would be posted until `/runwell setup channel:#your-channel` sets one."
            : null;
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

        var now = time.GetUtcNow().UtcDateTime;
        var draft = await producer.DraftPreviewAsync(club, now, ct);
        if (draft.Messages.Count > 0)
        {
            return new PostPreview([.. draft.Messages.Select(m => m.Message)], notice);
        }

        return await WhyEmptyAsync(club, kind, notice, now, viewerUserId, ct);
    }

    /// <summary>An empty draft says why, and a check-in with no pairs yet shows what each pair's post will look like.</summary>
    private async Task<PostPreview> WhyEmptyAsync(Club club, PostKind kind, string? notice, DateTime now, ulong viewerUserId, CancellationToken ct)
    {
        if (kind == PostKind.BuddyPairing && (await buddies.ListOptedInAsync(club.GuildId, ct)).Count == 0)
        {
            return new PostPreview([], Join(notice, "Nobody has opted in to buddy pairing yet, so there is nobody to pair: members join with `/buddy join`."));
        }

        if (kind == PostKind.BuddyCheckIn)
        {
            var week = BuddyService.CurrentPairingWeek(club, now);
            var groups = await buddies.ListGroupsAsync(club.GuildId, week, week, ct);
            var sample = BuddyPosts.CheckIn(0, [viewerUserId]);
            if (groups.Count == 0)
            {
                var next = SlotCalculator.NextWeekly(club.PairingDay, club.PairingTime, TimeZones.FindOrUtc(club.TimeZoneId), now);
                return new PostPreview([sample], Join(notice,
                    $"Pairs are not formed yet: the next buddy pairing is {Mention.Time(new DateTimeOffset(next, TimeSpan.Zero), 'f')}, " +
                    "and check-ins go to the pairs it forms. Each pair's check-in will look like this (with their names):"));
            }

            if (notice is null)
            {
                return new PostPreview([], "Everyone in this week's pairs has paused or left buddy pairing, so no check-in would go out.");
            }

            return new PostPreview([sample], Join(notice, "Each pair's check-in will look like this (with their names):"));
        }

        return new PostPreview([], notice ?? "There is nothing to post right now.");
    }

    private static string Join(string? first, string second) => first is null ? second : first + " " + second;
}
