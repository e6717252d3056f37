using RunWell.Domain.Nudges;
using RunWell.Domain.Time;

namespace RunWell.Domain.GroupRuns;

/// <summary>
/// When the optional reminder DM goes out: an hour before, or at 20:00 the evening before for a run
/// starting before 09:00 local (nobody wants a 06:00 DM for a 07:00 run). Wall-clock maths in the
/// run's zone, so a change of the clocks between the evening and the run moves nothing.
/// </summary>
public static class GroupRunReminderPolicy
{
    public static DateTime ReminderUtc(DateTime startUtc, TimeZoneInfo zone)
    {
        var local = LocalClock.ToLocal(startUtc, zone);
        if (TimeOnly.FromDateTime(local) < GroupRunLimits.EarlyRunBefore)
        {
            return LocalClock.ToUtc(DateOnly.FromDateTime(local).AddDays(-1), GroupRunLimits.EveningReminderAt, zone);
        }

        return startUtc - GroupRunLimits.ReminderLead;
    }

    /// <summary>Quiet hours are the member's own (21:00–08:00 their time), whatever the run's zone.</summary>
    public static bool InQuietHours(DateTime utc, TimeZoneInfo memberZone) => NudgePolicy.HeldUntilUtc(memberZone, utc) is not null;

    /// <summary>The same wall-clock time a week later in the run's zone (DST-safe).</summary>
    public static DateTime NextWeekUtc(DateTime startUtc, TimeZoneInfo zone)
    {
        var local = LocalClock.ToLocal(startUtc, zone);
        return LocalClock.ToUtc(DateOnly.FromDateTime(local).AddDays(7), TimeOnly.FromDateTime(local), zone);
    }
}
