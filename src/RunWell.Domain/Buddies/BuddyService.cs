using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Domain.Time;

namespace RunWell.Domain.Buddies;

/// <summary>/buddy join, leave and status: opting in to weekly pairing and seeing this week's buddy.</summary>
public sealed class BuddyService(
    MembershipService membership,
    IBuddyStore buddies,
    IMemberStore members,
    IUnitOfWork unitOfWork,
    TimeProvider time)
{
    public Task<BuddyOptChange> JoinAsync(MemberRef who, CancellationToken ct) => SetOptInAsync(who, optIn: true, ct);

    public Task<BuddyOptChange> LeaveAsync(MemberRef who, CancellationToken ct) => SetOptInAsync(who, optIn: false, ct);

    public async Task<BuddyStatus> StatusAsync(MemberRef who, CancellationToken ct)
    {
        var context = await membership.FindAsync(who, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var pause = await members.FindActivePauseAsync(who.GuildId, who.UserId, now, ct);

        var group = await buddies.FindGroupOfAsync(who.GuildId, who.UserId, CurrentPairingWeek(context.Club, now), ct);
        var partners = new List<BuddyPartner>();
        foreach (var seat in group?.Members.Where(s => s.UserId != who.UserId) ?? [])
        {
            partners.Add(new BuddyPartner(seat.UserId, await StateOfAsync(who.GuildId, seat.UserId, now, ct)));
        }

        return new BuddyStatus(context.Member.BuddyOptIn, pause?.EndUtc, NextPairing(context.Club, now), partners);
    }

    /// <summary>The Monday of the week whose pairing is the latest one at <paramref name="nowUtc"/>.</summary>
    public static DateOnly CurrentPairingWeek(Club club, DateTime nowUtc)
    {
        var zone = club.Zone();
        var slot = SlotCalculator.LatestWeekly(club.PairingDay, club.PairingTime, zone, nowUtc);
        return WeekWindow.Containing(slot, zone).Monday;
    }

    private async Task<BuddyOptChange> SetOptInAsync(MemberRef who, bool optIn, CancellationToken ct)
    {
        var context = await membership.EnsureAsync(who, ct);
        var changed = context.Member.BuddyOptIn != optIn;
        context.Member.BuddyOptIn = optIn;
        await unitOfWork.SaveChangesAsync(ct);

        var now = time.GetUtcNow().UtcDateTime;
        var pause = await members.FindActivePauseAsync(who.GuildId, who.UserId, now, ct);
        return new BuddyOptChange(changed, NextPairing(context.Club, now), pause?.EndUtc);
    }

    private async Task<PartnerState> StateOfAsync(ulong guildId, ulong? userId, DateTime now, CancellationToken ct)
    {
        if (userId is not { } id || await members.FindAsync(guildId, id, ct) is not { } partner)
        {
            return PartnerState.Gone;
        }

        if (await members.FindActivePauseAsync(guildId, id, now, ct) is not null)
        {
            return PartnerState.OnBreak;
        }

        return partner.BuddyOptIn ? PartnerState.Active : PartnerState.LeftPairing;
    }

    private static DateTime NextPairing(Club club, DateTime nowUtc) =>
        SlotCalculator.NextWeekly(club.PairingDay, club.PairingTime, club.Zone(), nowUtc);
}
