using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Domain.Clubs;

/// <summary>One recurring job of a club, with its next occurrence.</summary>
/// <param name="Kind">The group post it is, or null for the retention sweep.</param>
/// <param name="Day">The weekday of a weekly job; null for a daily one.</param>
/// <param name="Time">The local wall-clock time (in each member's zone for nudges, the server's otherwise).</param>
public sealed record UpcomingSlot(PostKind? Kind, DayOfWeek? Day, TimeOnly Time, DateTime NextUtc);

/// <summary>When each of a club's scheduled jobs goes out next: what setup and status show.</summary>
public static class ClubTimetable
{
    public static IReadOnlyList<UpcomingSlot> Next(Club club, DateTime nowUtc)
    {
        var zone = club.Zone();
        var weekly = ClubSchedule.WeeklySlots(club)
            .Select(slot => new UpcomingSlot(slot.Kind, slot.Day, slot.Time, ClubSchedule.NextUtc(club, slot, nowUtc)));

        return
        [
            .. weekly,
            new UpcomingSlot(PostKind.Nudge, null, club.NudgeTime, SlotCalculator.NextDaily(club.NudgeTime, zone, nowUtc)),
            new UpcomingSlot(null, null, ClubDefaults.RetentionTime, SlotCalculator.NextDaily(ClubDefaults.RetentionTime, zone, nowUtc)),
        ];
    }
}
