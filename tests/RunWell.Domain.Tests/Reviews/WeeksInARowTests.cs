using RunWell.Domain.Members;
using RunWell.Domain.Reviews;

namespace RunWell.Domain.Tests.Reviews;

public sealed class WeeksInARowTests
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    private static StreakCount Count(bool inProgress, DateOnly[] runs, params Pause[] pauses) =>
        WeeksInARow.Count(Monday, inProgress, runs, pauses, TimeZoneInfo.Utc, DateOnly.MinValue);

    private static Pause PauseOver(DateOnly from, int days) =>
        new() { StartUtc = from.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), EndUtc = from.AddDays(days).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc) };

    [Fact]
    public void Consecutive_weeks_with_a_run_are_counted_back_from_the_reviewed_week()
    {
        var streak = Count(false, [Monday.AddDays(2), Monday.AddDays(-3), Monday.AddDays(-10), Monday.AddDays(-28)]);

        Assert.Equal(3, streak.Weeks);
    }

    [Fact]
    public void A_paused_week_never_breaks_the_streak()
    {
        var streak = Count(false, [Monday.AddDays(1), Monday.AddDays(-13)], PauseOver(Monday.AddDays(-5), 3));

        Assert.Equal(3, streak.Weeks);
    }

    [Fact]
    public void The_week_in_progress_without_a_run_yet_does_not_break_it()
    {
        Assert.Equal(2, Count(true, [Monday.AddDays(-1), Monday.AddDays(-8)]).Weeks);
        Assert.Equal(0, Count(false, [Monday.AddDays(-1), Monday.AddDays(-8)]).Weeks);
    }

    [Fact]
    public void A_streak_that_reaches_the_history_supplied_asks_for_more()
    {
        var horizon = Monday.AddDays(-7);
        var streak = WeeksInARow.Count(Monday, false, [Monday, Monday.AddDays(-7)], [], TimeZoneInfo.Utc, horizon);

        Assert.True(streak.ReachesHorizon);
        Assert.False(WeeksInARow.Count(Monday, false, [Monday], [], TimeZoneInfo.Utc, horizon).ReachesHorizon);
    }

    [Fact]
    public void A_pause_spanning_weeks_covers_each_week_it_touches_in_the_members_zone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        // Sunday 22 Nov 23:30 in New York is already Monday 23 Nov in UTC.
        var pause = new Pause { StartUtc = new DateTime(2026, 11, 23, 4, 30, 0, DateTimeKind.Utc), EndUtc = new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc) };

        Assert.Equal([new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23)], WeeksInARow.PausedWeeks(pause, zone));
    }
}
