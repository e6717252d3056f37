using RunWell.Domain.Ports;
using RunWell.Domain.Text;

namespace RunWell.Domain.Members;

/// <param name="Extended">The member was already paused: the same break now ends later.</param>
public sealed record PauseStarted(Pause Pause, bool Extended);

/// <param name="WasPaused">False when there was no break to end (nothing changed).</param>
public sealed record PauseEnded(bool WasPaused);

/// <summary>
/// /pause and /resume, and the question every sweep asks: "is this member on a break right now?".
/// A pause stops nudges and buddy pairing and ends by itself; its reason is private to the member.
/// </summary>
public sealed class PauseService(
    MembershipService membership,
    IMemberStore members,
    IPauseStore pauses,
    IUnitOfWork unitOfWork,
    TimeProvider time)
{
    /// <param name="keepSlots">Keep the plan's slot reminders through the break (they suggest an easy walk).</param>
    public async Task<Outcome<PauseStarted>> PauseAsync(MemberRef who, int? days, string? reason, CancellationToken ct, bool keepSlots = false)
    {
        var length = days ?? MemberDefaults.PauseDays;
        if (length is < 1 or > MemberDefaults.MaxPauseDays)
        {
            return Outcome.Fail<PauseStarted>(new Problem(ProblemKind.OutOfRange, "days", 1, MemberDefaults.MaxPauseDays, length));
        }

        var note = string.IsNullOrWhiteSpace(reason) ? null : TypedText.Clean(reason).Trim() is { Length: > 0 } clean ? clean : null;
        if (note is { Length: > MemberDefaults.PauseReasonMaxLength })
        {
            return Outcome.Fail<PauseStarted>(new Problem(ProblemKind.TooLong, "reason", MemberDefaults.PauseReasonMaxLength, note.Length));
        }

        await membership.EnsureAsync(who, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var end = now.AddDays(length);

        // One break at a time: pausing again while paused moves the end instead of stacking rows.
        var active = await members.FindActivePauseAsync(who.GuildId, who.UserId, now, ct);
        var extended = active is not null;
        if (active is not null)
        {
            active.EndUtc = end;
            active.Reason = note ?? active.Reason;
            active.KeepSlots = keepSlots;
        }
        else
        {
            active = new Pause { GuildId = who.GuildId, UserId = who.UserId, StartUtc = now, EndUtc = end, Reason = note, KeepSlots = keepSlots };
            members.AddPause(active);
        }

        await unitOfWork.SaveChangesAsync(ct);
        return new PauseStarted(active, extended);
    }

    public async Task<PauseEnded> ResumeAsync(MemberRef who, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var active = await members.FindActivePauseAsync(who.GuildId, who.UserId, now, ct);
        if (active is null)
        {
            return new PauseEnded(WasPaused: false);
        }

        // The row stays (ended now): the paused days still protect the member's weeks-in-a-row.
        active.EndUtc = now;
        await unitOfWork.SaveChangesAsync(ct);
        return new PauseEnded(WasPaused: true);
    }

    /// <summary>Whether the member is on a break at <paramref name="atUtc"/>.</summary>
    public async Task<bool> IsPausedAsync(ulong guildId, ulong userId, DateTime atUtc, CancellationToken ct) =>
        await members.FindActivePauseAsync(guildId, userId, atUtc, ct) is not null;

    /// <summary>Everyone in the server on a break at <paramref name="atUtc"/>: one query for a whole sweep.</summary>
    public Task<IReadOnlySet<ulong>> PausedUserIdsAsync(ulong guildId, DateTime atUtc, CancellationToken ct) =>
        pauses.ListPausedUserIdsAsync(guildId, atUtc, ct);
}
