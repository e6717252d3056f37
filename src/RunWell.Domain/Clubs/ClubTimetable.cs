using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Domain.Clubs;

/// <summary>One recurring job of a club, described for admins, with its next occurrence.</summary>
/// <param name="Kind">The group post it is, or null for the retention sweep.</param>
public sealed record UpcomingSlot(PostKind? Kind, string Label, string Rhythm, DateTime NextUtc);

/// <summary>When each of a club's scheduled jobs goes out next: what setup and status show.</summary>
public static class ClubTimetable
{
    public static IReadOnlyList<UpcomingSlot> Next(Club club, DateTime nowUtc)
    {
        var zone = TimeZones.FindOrUtc(club.TimeZoneId);
        var weekly = ClubSchedule.WeeklySlots(club)
            .Select(slot => new UpcomingSlot(
                slot.Kind,
                Label(slot.Kind),
                $"{SlotText.Day(slot.Day)}s {SlotText.Time(slot.Time)}",
                ClubSchedule.NextUtc(club, slot, nowUtc)));

        return
        [
            .. weekly,
            new UpcomingSlot(PostKind.Nudge, Label(PostKind.Nudge), $"daily {SlotText.Time(club.NudgeTime)}, in each member's zone",
                SlotCalculator.NextDaily(club.NudgeTime, zone, nowUtc)),
            new UpcomingSlot(null, "Retention clean-up", $"daily {SlotText.Time(ClubDefaults.RetentionTime)}",
                SlotCalculator.NextDaily(ClubDefaults.RetentionTime, zone, nowUtc)),
        ];
    }

    public static string Label(PostKind kind) => kind switch
    {
        PostKind.BuddyPairing => "Buddy pairing",
        PostKind.BuddyCheckIn => "Buddy check-in",
        PostKind.WeeklySummary => "Weekly summary",
        PostKind.PlanReminder => "Plan reminders",
        _ => "Micro-run nudges",
    };
}
