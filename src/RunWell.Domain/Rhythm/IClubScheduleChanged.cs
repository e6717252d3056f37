namespace RunWell.Domain.Rhythm;

/// <summary>
/// What /runwell setup (and anything else that changes a club's zone, slots or presence) calls after
/// saving, so the club's next posts move to the new slots at once. Safe to call when nothing changed.
/// </summary>
public interface IClubScheduleChanged
{
    Task ClubScheduleChangedAsync(ulong guildId, CancellationToken ct);
}
