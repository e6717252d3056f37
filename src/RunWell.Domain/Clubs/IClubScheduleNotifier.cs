namespace RunWell.Domain.Clubs;

/// <summary>
/// Tells the scheduler that a club's slots or zone changed, so its triggers are rebuilt at once
/// instead of firing at the old times until the next restart.
/// </summary>
public interface IClubScheduleNotifier
{
    Task ClubScheduleChangedAsync(ulong guildId, CancellationToken ct);
}

/// <summary>The default until the scheduler registers its own: the console and tests have no triggers to move.</summary>
internal sealed class NoClubScheduleNotifier : IClubScheduleNotifier
{
    public Task ClubScheduleChangedAsync(ulong guildId, CancellationToken ct) => Task.CompletedTask;
}
