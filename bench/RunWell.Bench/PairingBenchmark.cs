using System.Globalization;
using RunWell.Domain.Buddies;

namespace RunWell.Bench;

/// <summary>BuddyMatcher over 5,000 members spread over real zone offsets, with four weeks of history. Target ≤ 200 ms.</summary>
internal sealed class PairingBenchmark : IBenchmark
{
    private const int Members = 5_000;
    private const ulong Guild = 1_288_000_000_000_000_001;

    // Offsets weighted like a European club with some members abroad.
    private static readonly double[] Offsets = [0, 0, 1, 1, 1, 2, -5, -5, -8, 5.5, 9, 10];

    public string Name => "pairing";

    public string Description => "BuddyMatcher, 5,000 members, 4 weeks of history (target <= 200 ms)";

    public async Task RunAsync(TextWriter output, CancellationToken ct)
    {
        var candidates = Enumerable.Range(0, Members)
            .Select(i => new BuddyCandidate(1_190_000_000_000_000_000UL + (ulong)i, TimeSpan.FromHours(Offsets[i % Offsets.Length])))
            .ToList();

        var history = new List<IReadOnlyList<ulong>>();
        for (var w = 1; w <= BuddyMatcher.HistoryWeeks; w++)
        {
            history.AddRange(BuddyMatcher.Match(candidates, history, PairSeed.For(Guild, $"2026-W{40 + w}")).Groups);
        }

        BuddyPairing? last = null;
        var timings = await Measure.RepeatAsync(warmup: 3, iterations: 20, () =>
        {
            last = BuddyMatcher.Match(candidates, history, PairSeed.For(Guild, "2026-W48"));
            return Task.CompletedTask;
        });

        var seen = history.SelectMany(PairsOf).ToHashSet();
        var repeats = last!.Groups.SelectMany(PairsOf).Count(seen.Contains);
        var offsets = candidates.ToDictionary(c => c.UserId, c => c.UtcOffset);
        var far = last.Groups.SelectMany(PairsOf).Count(p => (offsets[p.Item1] - offsets[p.Item2]).Duration() > BuddyMatcher.NearZone);

        output.WriteLine(timings.ToString());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"groups {last.Groups.Count} (trios {last.Groups.Count(g => g.Count == 3)}), repeats of the last 4 weeks {repeats}, pairs over 3 h apart {far}, history groups {history.Count}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Measure.PeakWorkingSetMb():0} MB"));
    }

    private static IEnumerable<(ulong, ulong)> PairsOf(IReadOnlyList<ulong> group)
    {
        for (var a = 0; a < group.Count; a++)
        {
            for (var b = a + 1; b < group.Count; b++)
            {
                yield return group[a] < group[b] ? (group[a], group[b]) : (group[b], group[a]);
            }
        }
    }
}
