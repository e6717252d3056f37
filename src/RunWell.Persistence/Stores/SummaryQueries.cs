using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Entries;
using RunWell.Domain.Summaries;

namespace RunWell.Persistence.Stores;

/// <summary>
/// The weekly summary as GROUP BY queries over the (GuildId, LocalDate) indexes: what comes back is
/// one row per member who ran, per member who checked in, and per day, never one row per entry.
/// </summary>
internal sealed class SummaryQueries(RunWellDbContext db) : ISummaryQueries
{
    public async Task<WeekAggregates> AggregateAsync(ulong guildId, DateOnly firstDay, DateOnly lastDay, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
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
            .Select(g => new { Date = g.Key, Minutes = g.Sum(r => r.Minutes) })
            .ToListAsync(ct);

        // Runs with both an after-mood and a before check-in: the only source of a mood change.
        var paired =
            from r in runs
            where r.MoodAfter != null && r.BeforeCheckInId != null
            join c in db.CheckIns on r.BeforeCheckInId equals c.Id
            select new { r.UserId, r.LocalDate, Before = c.Mood, After = r.MoodAfter!.Value };

        var moodByDay = await paired
            .GroupBy(x => x.LocalDate)
            .Select(g => new
            {
                Date = g.Key,
                Count = g.Count(),
                SumBefore = g.Sum(x => x.Before),
                SumAfter = g.Sum(x => x.After),
                Users = g.Select(x => x.UserId).Distinct().Count(),
            })
            .ToListAsync(ct);

        var moodUsers = await paired.Select(x => x.UserId).Distinct().CountAsync(ct);
        var moodCount = moodByDay.Sum(d => d.Count);
        var moodChange = new MoodAggregate(
            moodCount == 0 ? null : (double)(moodByDay.Sum(d => d.SumAfter) - moodByDay.Sum(d => d.SumBefore)) / moodCount,
            moodUsers);

        var moods = moodByDay.ToDictionary(d => d.Date);
        var days = minutesByDay.Select(d => d.Date).Union(moods.Keys).Order().Select(date =>
        {
            var minutes = minutesByDay.FirstOrDefault(m => m.Date == date)?.Minutes ?? 0;
            return moods.TryGetValue(date, out var mood)
                ? new DayAggregate(date, minutes, (double)mood.SumBefore / mood.Count, (double)mood.SumAfter / mood.Count, mood.Users)
                : new DayAggregate(date, minutes, null, null, 0);
        }).ToList();

        return new WeekAggregates(runners, checkedIn, microRuns, buddyAnswers, moodChange, days);
    }
}
