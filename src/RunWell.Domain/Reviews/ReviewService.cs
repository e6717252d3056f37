using RunWell.Domain.Members;
using RunWell.Domain.Plans;
using RunWell.Domain.Ports;
using RunWell.Domain.Time;

namespace RunWell.Domain.Reviews;

/// <summary>
/// /review: loads only what one week needs (its runs and check-ins with a day of slack either side,
/// the weeks with a run for the streak, and pauses), then hands the maths to <see cref="WeeklyReviewBuilder"/>.
/// Read-only: nothing is saved.
/// </summary>
public sealed class ReviewService(
    MembershipService membership,
    IEntryStore entries,
    IMemberStore members,
    TimeProvider time)
{
    /// <summary>Entries are filtered by their local date; instants this far around the bounds may still be on it.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromDays(2);

    /// <summary>Most streaks are answered by this much history; a longer one reads the rest.</summary>
    private const int FirstStreakLookbackWeeks = 26;

    /// <summary>The week's numbers; the presenter words and draws them.</summary>
    public async Task<WeeklyReview> BuildAsync(MemberRef who, bool lastWeek, CancellationToken ct)
    {
        var context = await membership.FindAsync(who, ct);
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var today = LocalClock.LocalDate(nowUtc, context.Zone);
        var week = WeekWindow.Containing(today, context.Zone);
        if (lastWeek)
        {
            week = week.Previous;
        }

        var from = week.StartUtc - Slack;
        var to = week.EndUtc + Slack;
        var runs = await entries.ListRunsAsync(who.GuildId, who.UserId, from, to, ct);
        var checkIns = await entries.ListCheckInsAsync(who.GuildId, who.UserId, from, to, ct);
        var pauses = await members.ListPausesAsync(who.GuildId, who.UserId, DateTime.MinValue, ct);
        var paused = pauses.Any(p => p.StartUtc < week.EndUtc && p.EndUtc > week.StartUtc);
        var streak = await StreakAsync(who, week, week.Contains(today), pauses, context.Zone, ct);

        var review = WeeklyReviewBuilder.Build(new WeeklyReviewInput(week, today, runs, checkIns, streak, paused));
        return review with { Plan = await PlanWeekAsync(who, context.Member, week, runs, today, ct) };
    }

    private async Task<PlanWeek?> PlanWeekAsync(MemberRef who, Member member, WeekWindow week, IReadOnlyList<Entries.RunLog> runs, DateOnly today, CancellationToken ct)
    {
        var slots = PlanSlotsText.Decode(member.PlanSlots);
        if (slots.Count == 0)
        {
            return null;
        }

        var since = week.Monday.AddDays(-7 * PlanReview.HeldLookbackWeeks);
        var dates = await entries.ListRunDatesAsync(who.GuildId, who.UserId, since, ct);
        return PlanReview.Build(slots, member.PlanMinutes, week, runs, [.. Until(dates, week.Sunday)], today);
    }

    private async Task<int> StreakAsync(
        MemberRef who, WeekWindow week, bool inProgress, IReadOnlyList<Pause> pauses, TimeZoneInfo zone, CancellationToken ct)
    {
        var since = week.Monday.AddDays(-7 * FirstStreakLookbackWeeks);
        var weeks = await entries.ListRunWeeksAsync(who.GuildId, who.UserId, since, ct);
        var count = WeeksInARow.Count(week.Monday, inProgress, Until(weeks, week.Sunday), pauses, zone, since);
        if (!count.ReachesHorizon)
        {
            return count.Weeks;
        }

        weeks = await entries.ListRunWeeksAsync(who.GuildId, who.UserId, DateOnly.MinValue, ct);
        return WeeksInARow.Count(week.Monday, inProgress, Until(weeks, week.Sunday), pauses, zone, DateOnly.MinValue).Weeks;
    }

    /// <summary>Last week's review must not count runs logged after it.</summary>
    private static IEnumerable<DateOnly> Until(IEnumerable<DateOnly> dates, DateOnly sunday) => dates.Where(d => d <= sunday);
}
