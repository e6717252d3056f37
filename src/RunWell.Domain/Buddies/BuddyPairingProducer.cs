using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Posts;
using RunWell.Domain.Ports;
using RunWell.Domain.Time;

namespace RunWell.Domain.Buddies;

/// <summary>
/// The weekly pairing post. Pairs members who joined and are not paused at the slot, adds the week's
/// groups to the unit of work (the publisher saves them with the post, or a preview drops them), and
/// drafts the channel post (one post: the platform splits it if it is too long for one message). A member left alone hears why by DM only if they asked for DMs (/nudge),
/// otherwise through a line in the post that names nobody.
/// </summary>
public sealed class BuddyPairingProducer(IBuddyStore buddies, IPauseStore pauses, TimeProvider time) : IGroupPostProducer
{
    public PostKind Kind => PostKind.BuddyPairing;

    public async Task<GroupPostDraft> DraftAsync(Club club, DateTime slotUtc, CancellationToken ct)
    {
        var zone = club.Zone();
        var week = WeekWindow.Containing(slotUtc, zone);
        if (club.ChannelId is not { } channelId)
        {
            return new GroupPostDraft(week.Key, []);
        }

        // Already paired this week (the slot moved within the week, or a preview after the post): show those pairs.
        var existing = await buddies.ListGroupsAsync(club.GuildId, week.Monday, week.Monday, ct);
        var (groups, alone) = existing.Count > 0
            ? ([.. existing.Select(Seats).Where(g => g.Count > 1)], [])
            : await PairAsync(club, week, slotUtc, ct);

        var drafts = new List<OutboundDraft>();
        var aloneInChannel = false;
        foreach (var member in alone)
        {
            if (member.NudgeOptIn)
            {
                var next = SlotCalculator.NextWeekly(club.PairingDay, club.PairingTime, zone, slotUtc);
                drafts.Add(OutboundDraft.ToMember(
                    member.UserId, new AloneInPairingDirect(next), member.Language ?? club.Language,
                    new PairingPost([], null, SomeoneAlone: true), club.Language));
            }
            else
            {
                aloneInChannel = true;
            }
        }

        if (groups.Count > 0 || aloneInChannel)
        {
            var checkIn = groups.Count > 0 ? SlotCalculator.NextWeekly(club.CheckInDay, club.CheckInTime, zone, slotUtc) : (DateTime?)null;
            drafts.Insert(0, OutboundDraft.ToChannel(channelId, new PairingPost(groups, checkIn, aloneInChannel), club.Language));
        }

        return new GroupPostDraft(week.Key, drafts);
    }

    /// <summary>Runs the matcher over this week's candidates and adds the new groups to the unit of work.</summary>
    private async Task<(List<IReadOnlyList<ulong>> Groups, List<Member> Alone)> PairAsync(
        Club club, WeekWindow week, DateTime slotUtc, CancellationToken ct)
    {
        var optedIn = await buddies.ListOptedInAsync(club.GuildId, ct);
        var paused = await pauses.ListPausedUserIdsAsync(club.GuildId, slotUtc, ct);
        var available = optedIn.Where(m => !paused.Contains(m.UserId)).ToDictionary(m => m.UserId);
        var offsets = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var candidates = available.Values.Select(m => new BuddyCandidate(m.UserId, OffsetOf(m, club, slotUtc, offsets)));

        var history = await buddies.ListGroupsAsync(
            club.GuildId, week.Monday.AddDays(-7 * BuddyMatcher.HistoryWeeks), week.Monday.AddDays(-7), ct);
        var pairing = BuddyMatcher.Match(candidates, history.Select(Seats), PairSeed.For(club.GuildId, week.Key));

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var group in pairing.Groups)
        {
            buddies.AddGroup(new BuddyGroup
            {
                GuildId = club.GuildId,
                WeekStart = week.Monday,
                CreatedAtUtc = now,
                Members = [.. group.Select(id => new BuddyGroupMember { UserId = id })],
            });
        }

        return ([.. pairing.Groups], [.. pairing.Unpaired.Select(id => available[id])]);
    }

    /// <summary>The members still known in a group; a deleted member's anonymised seat is left out.</summary>
    private static IReadOnlyList<ulong> Seats(BuddyGroup group) => [.. group.Members.Select(s => s.UserId).OfType<ulong>()];

    /// <summary>The member's offset at the slot itself, so zones in and out of daylight saving compare correctly.</summary>
    private static TimeSpan OffsetOf(Member member, Club club, DateTime slotUtc, Dictionary<string, TimeSpan> cache)
    {
        var id = member.TimeZoneId ?? club.TimeZoneId;
        if (!cache.TryGetValue(id, out var offset))
        {
            offset = MembershipService.ZoneOf(member, club).GetUtcOffset(slotUtc);
            cache[id] = offset;
        }

        return offset;
    }
}
