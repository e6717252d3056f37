using RunWell.Domain.Clubs;
using RunWell.Domain.Time;

namespace RunWell.Domain.Posts;

/// <summary>A club's weekly slot for one kind of group post.</summary>
public sealed record WeeklySlot(PostKind Kind, DayOfWeek Day, TimeOnly Time);

/// <summary>The club's group-post slots in its own zone, and when each happens next.</summary>
public static class ClubSchedule
{
    public static IReadOnlyList<WeeklySlot> WeeklySlots(Club club) =>
    [
        new(PostKind.BuddyPairing, club.PairingDay, club.PairingTime),
        new(PostKind.BuddyCheckIn, club.CheckInDay, club.CheckInTime),
        new(PostKind.WeeklySummary, club.SummaryDay, club.SummaryTime),
    ];

    public static DateTime NextUtc(Club club, WeeklySlot slot, DateTime afterUtc) =>
        SlotCalculator.NextWeekly(slot.Day, slot.Time, club.Zone(), afterUtc);

    public static DateTime LatestUtc(Club club, WeeklySlot slot, DateTime atOrBeforeUtc) =>
        SlotCalculator.LatestWeekly(slot.Day, slot.Time, club.Zone(), atOrBeforeUtc);
}
