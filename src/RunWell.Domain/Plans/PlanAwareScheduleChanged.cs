using RunWell.Domain.Rhythm;

namespace RunWell.Domain.Plans;

/// <summary>
/// A server's zone or presence changed: its weekly posts move (the rhythm planner), and so do the slot
/// reminders of members who follow the server's zone, or stop when the server left.
/// </summary>
internal sealed class PlanAwareScheduleChanged(RhythmPlanner rhythm, PlanReminderService reminders) : IClubScheduleChanged
{
    public async Task ClubScheduleChangedAsync(ulong guildId, CancellationToken ct)
    {
        await rhythm.ClubScheduleChangedAsync(guildId, ct);
        await reminders.ReplanAsync(guildId, null, ct);
    }
}
