using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Entries;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Summaries;

namespace RunWell.Persistence.Stores;

/// <summary>
/// The weekly summary as GROUP BY queries over the (GuildId, LocalDate) indexes: what comes back is
/// one row per member who ran, per member who checked in, and per day, never one row per entry.
/// </summary>
internal sealed class SummaryQueries(RunWellDbContext db) : ISummaryQueries
{
    public async Task<WeekAggregates> AggregateAsync(ulong guildId, DateOnly firstDay, DateOnly lastDay, DateTime fromUtc, DateTime toUtc, DateTime moodRecordedBeforeUtc, CancellationToken ct)
    {
        var runs = db.Runs.AsNoTracking().Where(r => r.GuildId == guildId && r.LocalDate >= firstDay && r.LocalDate <= lastDay);

        var runners = await runs
            .GroupBy(r => r.UserId)
            .Select(g => new RunnerCount(g.Key, g.Count(), g.Sum(r => r.Minutes)))
            .ToListAsync(ct);

        var microRuns = await runs.CountAsync(r => r.Minutes <= EntryLimits.MicroRunMaxMinutes, ct);

        var checkedIn = await db.CheckIns.AsNoTracking()
            .Where(c => c.GuildId == guildId && c.LocalDate >= firstDay && c.LocalDate <= lastDay)
            .Select(c => c.UserId)
            .Distinct()
            .ToListAsync(ct);

        var buddyAnswers = await db.BuddyAnswers.AsNoTracking()
            .CountAsync(a => a.GuildId == guildId && a.AnsweredAtUtc >= fromUtc && a.AnsweredAtUtc < toUtc, ct);

        var minutesByDay = await runs
            .GroupBy(r => r.LocalDate)
            .Select(g => new DayAggregate(g.Key, g.Sum(r => r.Minutes)))
            .ToListAsync(ct);

        // Runs with both an after-mood and a before check-in, both stored before the release: the only
        // source of a mood change. Grouped per member, so each member counts once.
        var paired =
            from r in runs
            where r.MoodAfter != null && r.BeforeCheckInId != null && r.CreatedAtUtc < moodRecordedBeforeUtc
            join c in db.CheckIns on r.BeforeCheckInId equals c.Id
            where c.CreatedAtUtc < moodRecordedBeforeUtc
            select new { r.UserId, Before = c.Mood, After = r.MoodAfter!.Value };

        var perMember = await paired
            .GroupBy(x => x.UserId)
            .Select(g => new { Count = g.Count(), Sum = g.Sum(x => x.After - x.Before) })
            .ToListAsync(ct);

        var memberMeans = perMember.Select(m => (double)m.Sum / m.Count).ToList();
        var days = minutesByDay.OrderBy(d => d.Date).ToList();

        var hidden = await db.Members.AsNoTracking()
            .Where(m => m.GuildId == guildId && m.HiddenFromShoutOut)
            .Select(m => m.UserId)
            .ToListAsync(ct);

        // Group runs that happened in the window, and how many logged "I was there" at them.
        var groupRuns = db.GroupRuns.AsNoTracking()
            .Where(r => r.GuildId == guildId && r.Status != GroupRunStatus.Cancelled && r.StartUtc >= fromUtc && r.StartUtc < toUtc);
        var groupRunCount = await groupRuns.CountAsync(ct);
        var arrivals = groupRunCount == 0 ? 0 : await db.Runs.AsNoTracking()
            .CountAsync(r => r.GuildId == guildId && r.GroupRunId != null && groupRuns.Any(g => g.Id == r.GroupRunId), ct);

        return new WeekAggregates(runners, checkedIn, microRuns, buddyAnswers, memberMeans, days)
        {
            HiddenFromShoutOut = hidden.ToHashSet(),
            GroupRuns = groupRunCount,
            GroupRunArrivals = arrivals,
        };
    }
}
