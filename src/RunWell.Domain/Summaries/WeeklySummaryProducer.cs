using System.Globalization;
using RunWell.Domain.Clubs;
using RunWell.Domain.Milestones;
using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Domain.Summaries;

/// <summary>The weekly summary post: aggregates from the database, words from the builder, a chart.</summary>
public sealed class WeeklySummaryProducer(ISummaryQueries queries, ISummaryChart chart, IMilestoneStore milestones) : IGroupPostProducer
{
    public PostKind Kind => PostKind.WeeklySummary;

    public async Task<GroupPostDraft> DraftAsync(Club club, DateTime slotUtc, CancellationToken ct)
    {
        var zone = TimeZones.FindOrUtc(club.TimeZoneId);
        var window = WindowFor(slotUtc, zone);
        var (fromUtc, toUtc) = (LocalClock.StartOfDayUtc(window.From, zone), LocalClock.StartOfDayUtc(window.To.AddDays(1), zone));
        var week = await queries.AggregateAsync(club.GuildId, window.From, window.To, fromUtc, toUtc, ct);

        // Only members who said /profile celebrate on; never more than the milestone itself.
        var celebrated = await milestones.ListCelebratedAsync(club.GuildId, fromUtc, toUtc, ct);

        var days = WeeklySummaryBuilder.ChartDays(window, week);
        var png = days.Any(d => d.Minutes > 0) ? chart.RenderPng(days) : null;
        var message = WeeklySummaryBuilder.Build(window, week, png, celebrated);

        // The publisher never records a post without a channel; a preview may still want to see it.
        return new GroupPostDraft(window.PeriodKey, [OutboundDraft.ToChannel(club.ChannelId ?? 0, message)]);
    }

    /// <summary>
    /// The seven local days ending on the slot's day (Monday–Sunday for the default Sunday slot); the
    /// period is the ISO week of the slot's day, so one summary per server per week whatever the day.
    /// </summary>
    public static SummaryWindow WindowFor(DateTime slotUtc, TimeZoneInfo zone)
    {
        var day = LocalClock.LocalDate(slotUtc, zone);
        var key = WeekWindow.Containing(day, zone).Key;
        return new SummaryWindow(day.AddDays(-6), day, key, ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)));
    }
}
