using RunWell.Domain.Members;
using RunWell.Domain.Ports;

namespace RunWell.Domain.Nudges;

/// <summary>/nudge on|off and the nudge DM's buttons. A member only ever changes their own row.</summary>
public sealed class NudgeSettings(MembershipService membership, IMemberStore members, IUnitOfWork unitOfWork, TimeProvider time)
{
    /// <param name="ifDmsClosed">Null keeps the member's earlier choice (skip unless they agreed otherwise).</param>
    public async Task<Member> TurnOnAsync(MemberRef who, int? afterDays, NudgeFallback? ifDmsClosed, CancellationToken ct)
    {
        var context = await membership.EnsureAsync(who, ct);
        var member = context.Member;
        member.NudgeOptIn = true;
        member.NudgeAfterDays = Math.Clamp(afterDays ?? MemberDefaults.NudgeAfterDays, MemberDefaults.MinNudgeAfterDays, MemberDefaults.MaxNudgeAfterDays);
        member.NudgeSnoozedUntilUtc = null;
        member.NudgeIfDmsClosed = ifDmsClosed ?? member.NudgeIfDmsClosed;
        await unitOfWork.SaveChangesAsync(ct);
        return member;
    }

    /// <returns>False when nudges were not on.</returns>
    public async Task<bool> TurnOffAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var member = await members.FindAsync(guildId, userId, ct);
        if (member is null || !member.NudgeOptIn)
        {
            return false;
        }

        member.NudgeOptIn = false;
        await unitOfWork.SaveChangesAsync(ct);
        return true;
    }

    /// <returns>When the snooze ends, or null when the member has no nudges to snooze.</returns>
    public async Task<DateTime?> SnoozeAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var member = await members.FindAsync(guildId, userId, ct);
        if (member is null || !member.NudgeOptIn)
        {
            return null;
        }

        member.NudgeSnoozedUntilUtc = time.GetUtcNow().UtcDateTime + MemberDefaults.NudgeSnooze;
        await unitOfWork.SaveChangesAsync(ct);
        return member.NudgeSnoozedUntilUtc;
    }
}
