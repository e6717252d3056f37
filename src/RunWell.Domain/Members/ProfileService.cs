using RunWell.Domain.Ports;
using RunWell.Domain.Time;

namespace RunWell.Domain.Members;

/// <summary>What /profile show tells a member about their own settings.</summary>
/// <param name="OwnZone">The member chose <see cref="ZoneId"/>; otherwise it is the server's.</param>
/// <param name="PausedUntilUtc">The end of the pause in force, if any.</param>
public sealed record MemberProfile(
    string ZoneId,
    bool OwnZone,
    string ServerZoneId,
    DateTime LocalNow,
    bool BuddyOptIn,
    bool NudgeOptIn,
    int NudgeAfterDays,
    DateTime? PausedUntilUtc)
{
    /// <summary>The member turned the weekly shout-out off.</summary>
    public bool HiddenFromShoutOut { get; init; }

    /// <summary>The member asked to be named in the weekly summary for a milestone.</summary>
    public bool CelebrateMilestones { get; init; }
}

/// <summary>/profile timezone and /profile show.</summary>
public sealed class ProfileService(MembershipService membership, IMemberStore members, IUnitOfWork unitOfWork, Plans.PlanReminderService planReminders, TimeProvider time)
{
    /// <summary>
    /// Sets the member's own zone. Entries already logged keep the day they were logged on; only new
    /// entries, nudges and the bounds of the member's week follow the new zone.
    /// </summary>
    public async Task<Outcome<MemberProfile>> SetTimeZoneAsync(MemberRef who, string? zoneId, CancellationToken ct)
    {
        if (!TimeZones.TryFind(zoneId, out var zone))
        {
            return Outcome.Fail<MemberProfile>(TimeZones.Unknown("tz", zoneId));
        }

        var context = await membership.EnsureAsync(who, ct);
        context.Member.TimeZoneId = zone.Id;
        await unitOfWork.SaveChangesAsync(ct);

        // Slots are wall-clock times in the member's zone: their reminders move with it.
        await planReminders.ReplanAsync(who.GuildId, who.UserId, ct);
        return await ProfileAsync(context with { Zone = zone }, ct);
    }

    /// <summary>/profile celebrate on|off: whether the weekly summary may name the member for a milestone.</summary>
    public async Task SetCelebrateAsync(MemberRef who, bool celebrate, CancellationToken ct)
    {
        var context = await membership.EnsureAsync(who, ct);
        context.Member.CelebrateMilestones = celebrate;
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>/profile shoutout off|on: whether the weekly summary's shout-out names this member.</summary>
    public async Task<MemberProfile> SetShoutOutAsync(MemberRef who, bool named, CancellationToken ct)
    {
        var context = await membership.EnsureAsync(who, ct);
        context.Member.HiddenFromShoutOut = !named;
        await unitOfWork.SaveChangesAsync(ct);
        return await ProfileAsync(context, ct);
    }

    /// <summary>Read-only: a member who never logged anything is shown the defaults and nothing is saved.</summary>
    public async Task<MemberProfile> ShowAsync(MemberRef who, CancellationToken ct) =>
        await ProfileAsync(await membership.FindAsync(who, ct), ct);

    private async Task<MemberProfile> ProfileAsync(MemberContext context, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var member = context.Member;
        var pause = await members.FindActivePauseAsync(member.GuildId, member.UserId, now, ct);
        return new MemberProfile(
            context.Zone.Id,
            OwnZone: member.TimeZoneId is not null && TimeZones.TryFind(member.TimeZoneId, out _),
            ServerZoneId: context.Club.Zone().Id,
            LocalNow: LocalClock.ToLocal(now, context.Zone),
            member.BuddyOptIn,
            member.NudgeOptIn,
            member.NudgeAfterDays,
            pause?.EndUtc)
        {
            HiddenFromShoutOut = member.HiddenFromShoutOut,
            CelebrateMilestones = member.CelebrateMilestones,
        };
    }
}
