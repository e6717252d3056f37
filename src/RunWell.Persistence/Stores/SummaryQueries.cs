using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Entries;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Summaries;

namespace RunWell.Persistence.Stores;

/// <summary>
/// The weekly summary as GROUP BY queries over the (GuildId, LocalDate) indexes: what comes back is
/// one row per member who ran, per member who checked in, and per day, never one row per entry. The
/// week's runs are read twice (per member, per day), not once per figure: with entries scattered over
/// a year of pages, each pass costs thousands of page reads.
/// </summary>
internal sealed class SummaryQueries(RunWellDbContext db) : ISummaryQueries
{
    public async Task<WeekAggregates> AggregateAsync(ulong guildId, DateOnly firstDay, DateOnly lastDay, DateTime fromUtc, DateTime toUtc, DateTime moodRecordedBeforeUtc, CancellationToken ct)
    {
        var runs = db.Runs.AsNoTracking().Where(r => r.GuildId == guildId && r.LocalDate >= firstDay && r.LocalDate <= lastDay);

        // One pass over the week's runs, per member: counts, minutes, micro-runs and the mood change.
        // A mood change needs an after-mood and a before check-in, both stored before the release (a run
        // backdated later never moves a released figure). Each member's changes count once, as their mean.
        var perMember = await (
            from r in runs
            join c in db.CheckIns on r.BeforeCheckInId equals c.Id into before
            from c in before.DefaultIfEmpty()
            let paired = r.MoodAfter != null && c != null && r.CreatedAtUtc < moodRecordedBeforeUtc && c.CreatedAtUtc < moodRecordedBeforeUtc
            group new { r.Minutes, Paired = paired, Change = paired ? r.MoodAfter!.Value - c!.Mood : 0 } by r.UserId into g
            select new
            {
                UserId = g.Key,
                Runs = g.Count(),
                Minutes = g.Sum(x => x.Minutes),
                MicroRuns = g.Count(x => x.Minutes <= EntryLimits.MicroRunMaxMinutes),
                Paired = g.Count(x => x.Paired),
                ChangeSum = g.Sum(x => x.Change),
            }).ToListAsync(ct);

        var runners = perMember.Select(m => new RunnerCount(m.UserId, m.Runs, m.Minutes)).ToList();
        var microRuns = perMember.Sum(m => m.MicroRuns);
        var memberMeans = perMember.Where(m => m.Paired > 0).Select(m => (double)m.ChangeSum / m.Paired).ToList();

        var checkedIn = await db.CheckIns.AsNoTracking()
            .Where(c => c.GuildId == guildId && c.LocalDate >= firstDay && c.LocalDate <= lastDay)
            .Select(c => c.UserId)
            .Distinct()
            .ToListAsync(ct);

        var buddyAnswers = await db.BuddyAnswers.AsNoTracking()
            .CountAsync(a => a.GuildId == guildId && a.AnsweredAtUtc >= fromUtc && a.AnsweredAtUtc < toUtc, ct);

        var days = await runs
            .GroupBy(r => r.LocalDate)
            .OrderBy(g => g.Key)
            .Select(g => new DayAggregate(g.Key, g.Sum(r => r.Minutes)))
            .ToListAsync(ct);

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
