using RunWell.Domain.Clubs;
using RunWell.Domain.Posts;
using RunWell.Domain.Ports;
using RunWell.Domain.Time;

namespace RunWell.Domain.Buddies;

/// <summary>
/// The weekly buddy check-in: one channel post per group of the latest pairing, mentioning its members
/// with the three answer buttons. A member who paused or left pairing since is neither mentioned nor
/// pinged (a pause is respected on both sides of a pair); a group with nobody left gets no post.
/// </summary>
public sealed class BuddyCheckInProducer(IBuddyStore buddies, IPauseStore pauses) : IGroupPostProducer
{
    public PostKind Kind => PostKind.BuddyCheckIn;

    public async Task<GroupPostDraft> DraftAsync(Club club, DateTime slotUtc, CancellationToken ct)
    {
        var zone = club.Zone();
        var key = WeekWindow.Containing(slotUtc, zone).Key;
        if (club.ChannelId is not { } channelId)
        {
            return new GroupPostDraft(key, []);
        }

        // The groups of the pairing that came last before this slot, even when an admin set check-ins first in the week.
        var pairingWeek = BuddyService.CurrentPairingWeek(club, slotUtc);
        var groups = await buddies.ListGroupsAsync(club.GuildId, pairingWeek, pairingWeek, ct);
        if (groups.Count == 0)
        {
            return new GroupPostDraft(key, []);
        }

        var optedIn = (await buddies.ListOptedInAsync(club.GuildId, ct)).Select(m => m.UserId).ToHashSet();
        var paused = await pauses.ListPausedUserIdsAsync(club.GuildId, slotUtc, ct);

        var drafts = new List<OutboundDraft>();
        foreach (var group in groups)
        {
            var active = group.Members
                .Select(s => s.UserId)
                .OfType<ulong>()
                .Where(id => optedIn.Contains(id) && !paused.Contains(id))
                .ToList();
            if (active.Count > 0)
            {
                drafts.Add(OutboundDraft.ToChannel(channelId, new BuddyCheckInPost(group.Id, active), club.Language));
            }
        }

        return new GroupPostDraft(key, drafts);
    }
}
