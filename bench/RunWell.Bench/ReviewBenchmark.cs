using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Bot.Charts;
using RunWell.Domain.Ports;
using RunWell.Domain.Reviews;
using RunWell.Testing;

namespace RunWell.Bench;

/// <summary>
/// /review for one member with five years of history (two runs and two check-ins a day, about 3,650
/// of each) in a temp SQLite file. Targets: ≤ 50 ms server time without the chart, ≤ 150 ms to render it.
/// </summary>
internal sealed class ReviewBenchmark : IBenchmark
{
    private const int Days = 5 * 365;

    public string Name => "review";

    public string Description => "/review for a member with 5 years of daily runs and check-ins";

    public async Task RunAsync(TextWriter output, CancellationToken ct)
    {
        await using var services = await TestServices.CreateAsync();
        var who = new MemberRef(Commands.GuildId, Commands.AnnId, "Ann", "Bench club");
        await services.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ProfileService>().SetTimeZoneAsync(who, "Europe/London", ct);
            return 0;
        });
        var (runs, checkIns) = await SeedAsync(services, ct);
        output.WriteLine($"seeded {runs} runs and {checkIns} check-ins for one member");

        var build = await Measure.RepeatAsync(10, 200, () => services.InScopeAsync(sp =>
            sp.GetRequiredService<ReviewService>().BuildAsync(who, lastWeek: false, ct)));
        output.WriteLine($"/review without chart (fresh scope each):  {build}   target <= 50 ms");

        var review = await services.InScopeAsync(sp => sp.GetRequiredService<ReviewService>().BuildAsync(who, lastWeek: true, ct));
        var chart = services.Services.GetRequiredService<IReviewChart>();
        var first = System.Diagnostics.Stopwatch.StartNew();
        var png = chart.RenderPng(review);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first chart render (cold, fonts and Skia load): {first.Elapsed.TotalMilliseconds:0.0} ms, {png.Length / 1024.0:0.0} KiB"));
        var render = await Measure.RepeatAsync(2, 30, () => Task.FromResult(chart.RenderPng(review)));
        output.WriteLine($"chart render (warm):                        {render}   target <= 150 ms");

        var full = await Measure.RepeatAsync(2, 20, () => services.InScopeAsync(async sp =>
        {
            var week = await sp.GetRequiredService<ReviewService>().BuildAsync(who, lastWeek: true, ct);
            return chart.RenderPng(week);
        }));
        output.WriteLine($"/review with chart:                         {full}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"last week: {review.Runs} runs, {review.Minutes} min, {review.WeeksInARow} weeks in a row; peak working set {Measure.PeakWorkingSetMb():0} MB"));
    }

    private static async Task<(int Runs, int CheckIns)> SeedAsync(TestServices services, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var today = DateOnly.FromDateTime(services.Time.GetUtcNow().UtcDateTime);
        var random = new Random(42);
        await using var db = services.Database.CreateContext();
        var runs = 0;
        var checkIns = 0;
        for (var d = Days; d >= 1; d--)
        {
            var date = today.AddDays(-d);
            foreach (var time in new[] { new TimeOnly(7, 0), new TimeOnly(18, 30) })
            {
                var before = Entry(date, time.AddMinutes(-30), zone, out var beforeUtc);
                var checkIn = new CheckIn
                {
                    GuildId = Commands.GuildId, UserId = Commands.AnnId, AtUtc = beforeUtc, LocalDate = before.Date, LocalTime = before.Time,
                    Mood = random.Next(2, 9), Stress = random.Next(2, 9), Energy = random.Next(2, 9), Sleep = random.Next(3, 10), CreatedAtUtc = beforeUtc,
                };
                db.CheckIns.Add(checkIn);
                var at = Entry(date, time, zone, out var atUtc);
                db.Runs.Add(new RunLog
                {
                    GuildId = Commands.GuildId, UserId = Commands.AnnId, AtUtc = atUtc, LocalDate = at.Date, LocalTime = at.Time,
                    Minutes = random.Next(5, 45), MoodAfter = random.Next(4, 11), StressAfter = random.Next(1, 7), EnergyAfter = random.Next(3, 10),
                    CreatedAtUtc = atUtc,
                });
                runs++;
                checkIns++;
            }
        }

        await db.SaveChangesAsync(ct);

        // Link each run to the check-in 30 minutes before it, as logging would have.
        var ids = db.CheckIns.OrderBy(c => c.AtUtc).Select(c => c.Id).ToList();
        var all = db.Runs.OrderBy(r => r.AtUtc).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            all[i].BeforeCheckInId = ids[i];
        }

        await db.SaveChangesAsync(ct);
        return (runs, checkIns);
    }

    private static (DateOnly Date, TimeOnly Time) Entry(DateOnly date, TimeOnly time, TimeZoneInfo zone, out DateTime utc)
    {
        utc = Domain.Time.LocalClock.ToUtc(date, time, zone);
        return (date, time);
    }
}
