using RunWell.Domain.Entries;
using RunWell.Domain.Time;

namespace RunWell.Domain.Reviews;

/// <summary>The entries a review is built from.</summary>
/// <param name="Runs">Runs around the week; only those whose local date falls in it count.</param>
/// <param name="CheckIns">Check-ins around the week: a run's "before" may sit just before Monday, and
/// Sunday night's sleep is scored on the next Monday.</param>
public sealed record WeeklyReviewInput(
    WeekWindow Week,
    DateOnly Today,
    IReadOnlyList<RunLog> Runs,
    IReadOnlyList<CheckIn> CheckIns,
    int WeeksInARow,
    bool PausedThisWeek);

/// <summary>
/// The review's maths, pure: counts, before→after averages, best slots, the observation and the
/// question. Days come from each entry's local date, fixed when it was logged in the member's zone,
/// so a run at 23:30 stays on its day whatever the clocks or the member's zone do later.
/// </summary>
public static class WeeklyReviewBuilder
{
    private sealed record Sample(RunLog Run, CheckIn? Before)
    {
        public int? MoodChange => Before is null || Run.MoodAfter is null ? null : Run.MoodAfter - Before.Mood;
    }

    public static WeeklyReview Build(WeeklyReviewInput input)
    {
        var week = input.Week;
        var checkInsById = input.CheckIns.ToDictionary(c => c.Id);
        var samples = input.Runs
            .Where(r => week.Contains(r.LocalDate))
            .OrderBy(r => r.AtUtc)
            .Select(r => new Sample(r, r.BeforeCheckInId is { } id ? checkInsById.GetValueOrDefault(id) : null))
            .ToList();
        var weekCheckIns = input.CheckIns.Count(c => week.Contains(c.LocalDate));
        var paired = samples.Where(s => s.MoodChange is not null).ToList();

        var bestTime = Best(paired, s => DayParts.Of(s.Run.LocalTime), (part, change, n) => new BestSlot(part, null, change, n));
        var bestDay = Best(paired, s => s.Run.LocalDate.DayOfWeek, (day, change, n) => new BestSlot(null, day, change, n));
        var (lateSleep, otherSleep) = SleepAfter(samples, input.CheckIns, week);

        var facts = new ObservationFacts(
            Runs: samples.Count,
            CheckIns: weekCheckIns,
            MicroRuns: samples.Count(s => s.Run.IsMicroRun),
            ActiveDays: samples.Select(s => s.Run.LocalDate).Distinct().Count(),
            Paused: input.PausedThisWeek,
            BestTimeOfDay: bestTime,
            SleepAfterLateRuns: lateSleep,
            SleepOtherNights: otherSleep,
            ShortRunMoodChanges: [.. paired.Where(s => s.Run.Minutes <= ReviewObservations.ShortRunMaxMinutes).Select(s => s.MoodChange!.Value)]);

        return new WeeklyReview(
            week,
            IsCurrentWeek: week.Contains(input.Today),
            facts.Runs,
            Minutes: samples.Sum(s => s.Run.Minutes),
            facts.MicroRuns,
            facts.CheckIns,
            facts.ActiveDays,
            Mood: Average(samples, s => s.Before?.Mood, s => s.Run.MoodAfter),
            Stress: Average(samples, s => s.Before?.Stress, s => s.Run.StressAfter),
            Energy: Average(samples, s => s.Before?.Energy, s => s.Run.EnergyAfter),
            bestTime,
            bestDay,
            input.WeeksInARow,
            input.PausedThisWeek,
            ReviewObservations.Pick(facts),
            Days(week, samples, input.Today))
        {
            GroupRuns = samples.Count(s => s.Run.GroupRunId is not null),
        };
    }

    private static AverageChange? Average(List<Sample> samples, Func<Sample, int?> before, Func<Sample, int?> after)
    {
        var pairs = samples
            .Where(s => before(s) is not null && after(s) is not null)
            .Select(s => (Before: before(s)!.Value, After: after(s)!.Value))
            .ToList();
        return pairs.Count == 0 ? null : new AverageChange(pairs.Average(p => p.Before), pairs.Average(p => p.After), pairs.Count);
    }

    /// <summary>The group with the largest average mood lift, among groups with enough samples; none when nothing lifted.</summary>
    /// <remarks>Ties go to the key whose name sorts first, so the pick never depends on input order.</remarks>
    private static BestSlot? Best<TKey>(List<Sample> paired, Func<Sample, TKey> key, Func<TKey, double, int, BestSlot> slot)
        where TKey : struct, Enum =>
        paired
            .GroupBy(key)
            .Where(g => g.Count() >= ReviewObservations.MinSamples)
            .Select(g => (Key: g.Key, Change: g.Average(s => s.MoodChange!.Value), Count: g.Count()))
            .Where(b => b.Change > 0)
            .OrderByDescending(b => b.Change)
            .ThenBy(b => b.Key.ToString(), StringComparer.Ordinal)
            .Select(b => slot(b.Key, b.Change, b.Count))
            .FirstOrDefault();

    /// <summary>Sleep is "last night's": the first check-in of a day scores the night after the previous day.</summary>
    private static (List<int> Late, List<int> Other) SleepAfter(List<Sample> samples, IReadOnlyList<CheckIn> checkIns, WeekWindow week)
    {
        var lateDays = samples.Where(s => DayParts.IsLate(DayParts.Of(s.Run.LocalTime))).Select(s => s.Run.LocalDate).ToHashSet();
        var late = new List<int>();
        var other = new List<int>();
        var firstSleepByDay = checkIns
            .Where(c => c.Sleep is not null && week.Contains(c.LocalDate.AddDays(-1)))
            .GroupBy(c => c.LocalDate)
            .Select(g => (Day: g.Key, Sleep: g.OrderBy(c => c.AtUtc).First().Sleep!.Value));
        foreach (var (day, sleep) in firstSleepByDay)
        {
            (lateDays.Contains(day.AddDays(-1)) ? late : other).Add(sleep);
        }

        return (late, other);
    }

    private static List<ReviewDay> Days(WeekWindow week, List<Sample> samples, DateOnly today) =>
    [
        .. Enumerable.Range(0, 7).Select(i =>
        {
            var date = week.Monday.AddDays(i);
            var day = samples.Where(s => s.Run.LocalDate == date).ToList();
            var before = day.Where(s => s.Before is not null).Select(s => (double)s.Before!.Mood).ToList();
            var after = day.Where(s => s.Run.MoodAfter is not null).Select(s => (double)s.Run.MoodAfter!.Value).ToList();
            return new ReviewDay(date, day.Sum(s => s.Run.Minutes), before.Count == 0 ? null : before.Average(), after.Count == 0 ? null : after.Average())
            {
                Ahead = date > today,
            };
        }),
    ];
}
