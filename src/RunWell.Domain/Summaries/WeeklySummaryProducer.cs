using System.Globalization;
using RunWell.Domain.Clubs;
using RunWell.Domain.Milestones;
using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Domain.Summaries;

/// <summary>The weekly summary post: aggregates from the database, facts from the builder (the presenter words and draws them).</summary>
public sealed class WeeklySummaryProducer(ISummaryQueries queries, IMilestoneStore milestones) : IGroupPostProducer
{
    public PostKind Kind => PostKind.WeeklySummary;

    /// <summary>The post of the window that completes at <paramref name="slotUtc"/>: released, mood included.</summary>
    public Task<GroupPostDraft> DraftAsync(Club club, DateTime slotUtc, CancellationToken ct) =>
        DraftAsync(club, slotUtc, windowComplete: true, ct);

    /// <summary>
    /// The post of the window still open at <paramref name="nowUtc"/> (it completes at the club's next
    /// summary slot), as it stands: counts so far and no mood at all, for the admin preview.
    /// </summary>
    public Task<GroupPostDraft> DraftPreviewAsync(Club club, DateTime nowUtc, CancellationToken ct) =>
        DraftAsync(club, SlotCalculator.NextWeekly(club.SummaryDay, club.SummaryTime, club.Zone(), nowUtc), windowComplete: false, ct);

    private async Task<GroupPostDraft> DraftAsync(Club club, DateTime slotUtc, bool windowComplete, CancellationToken ct)
    {
        var zone = club.Zone();
        var window = WindowFor(slotUtc, zone);
        var (fromUtc, toUtc) = (LocalClock.StartOfDayUtc(window.From, zone), LocalClock.StartOfDayUtc(window.To.AddDays(1), zone));
        var week = await queries.AggregateAsync(club.GuildId, window.From, window.To, fromUtc, toUtc, slotUtc, ct);

        // Only members who said /profile celebrate on; never more than the milestone itself.
        var celebrated = await milestones.ListCelebratedAsync(club.GuildId, fromUtc, toUtc, ct);

        var mood = windowComplete
            ? GroupMoodFigure.Release(week.MemberMoodChanges, club.NoiseSecret, FigureKey(club.GuildId, window), slotUtc)
            : GroupMoodFigure.Open(slotUtc);

        // The publisher never records a post without a channel; a preview may still want to see it.
        return new GroupPostDraft(window.PeriodKey, [OutboundDraft.ToChannel(club.ChannelId ?? 0, WeeklySummaryBuilder.Build(window, week, mood, celebrated), club.Language)]);
    }

    /// <summary>The (server, window) key of the figure's noise: one draw per window, whoever drafts it.</summary>
    public static string FigureKey(ulong guildId, SummaryWindow window) =>
        string.Create(CultureInfo.InvariantCulture, $"{guildId}:{window.PeriodKey}:{window.From:yyyy-MM-dd}");

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
