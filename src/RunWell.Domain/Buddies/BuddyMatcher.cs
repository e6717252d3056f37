namespace RunWell.Domain.Buddies;

/// <summary>
/// Weekly buddy pairing. In order of importance: everyone who can be paired is (one trio absorbs an odd
/// count); no pair from the last <see cref="HistoryWeeks"/> weeks where another choice exists; partners
/// whose clocks are within <see cref="NearZone"/> of each other. Pure and deterministic for a seed.
/// </summary>
/// <remarks>
/// Members are ordered by UTC offset (ties shuffled by the seed) and paired greedily with the nearest
/// newcomer, so a scan rarely goes past a member's handful of recent partners: O(n log n). A repair pass
/// then swaps partners between pairs wherever that removes a repeat or a far pairing.
/// </remarks>
public static class BuddyMatcher
{
    public const int HistoryWeeks = 4;

    public static readonly TimeSpan NearZone = TimeSpan.FromHours(3);

    /// <param name="recentGroups">The member ids of each group of the last <see cref="HistoryWeeks"/> weeks.</param>
    /// <param name="seed">E.g. <see cref="PairSeed.For"/>; the input order never matters.</param>
    public static BuddyPairing Match(IEnumerable<BuddyCandidate> candidates, IEnumerable<IEnumerable<ulong>> recentGroups, ulong seed)
    {
        var people = candidates.DistinctBy(c => c.UserId).OrderBy(c => c.UserId).ToArray();
        if (people.Length < 2)
        {
            return new BuddyPairing([], [.. people.Select(p => p.UserId)]);
        }

        var matching = new Matching(people, RecentPairs.From(recentGroups), seed);
        return matching.Run();
    }

    private sealed class Matching
    {
        // A repeat outweighs any zone preference: meeting someone new is the point of rotating buddies.
        private const int RepeatCost = 100;
        private const int FarZoneCost = 1;

        // Swaps tried per repair pass at most, so a pathological history cannot blow the time budget.
        private const long RepairBudget = 3_000_000;

        // Past a member's few recent partners, the first far newcomer is found within a few steps.
        private const int FarScanLimit = 64;

        private readonly ulong[] _ids;
        private readonly long[] _offsets;
        private readonly RecentPairs _recent;
        private readonly List<int[]> _groups = [];

        public Matching(BuddyCandidate[] people, RecentPairs recent, ulong seed)
        {
            var random = new SplitMix(seed);
            var ranks = new ulong[people.Length];
            for (var i = 0; i < ranks.Length; i++)
            {
                ranks[i] = random.Next();
            }

            var order = Enumerable.Range(0, people.Length)
                .OrderBy(i => people[i].UtcOffset)
                .ThenBy(i => ranks[i])
                .ToArray();
            _ids = [.. order.Select(i => people[i].UserId)];
            _offsets = [.. order.Select(i => people[i].UtcOffset.Ticks)];
            _recent = recent;
        }

        public static int CostOf(int repeats, long offsetA, long offsetB) =>
            (repeats * RepeatCost) + (Math.Abs(offsetA - offsetB) > NearZone.Ticks ? FarZoneCost : 0);

        public BuddyPairing Run()
        {
            var spare = PairGreedily();
            for (var pass = 0; pass < 2 && Repair(); pass++)
            {
            }

            if (spare >= 0)
            {
                JoinBestPair(spare);
            }

            return new BuddyPairing([.. _groups.Select(g => (IReadOnlyList<ulong>)[.. g.Select(i => _ids[i])])], []);
        }

        private int Cost(int a, int b) => CostOf(_recent.Count(_ids[a], _ids[b]), _offsets[a], _offsets[b]);

        private bool Far(int a, int b) => Math.Abs(_offsets[a] - _offsets[b]) > NearZone.Ticks;

        /// <summary>Pairs everyone in offset order; returns the member kept for the trio (or -1 when the count is even).</summary>
        private int PairGreedily()
        {
            var n = _ids.Length;
            var next = new int[n];
            var prev = new int[n];
            for (var i = 0; i < n; i++)
            {
                next[i] = i + 1 < n ? i + 1 : -1;
                prev[i] = i - 1;
            }

            var head = 0;
            void Remove(int i)
            {
                if (prev[i] >= 0)
                {
                    next[prev[i]] = next[i];
                }
                else
                {
                    head = next[i];
                }

                if (next[i] >= 0)
                {
                    prev[next[i]] = prev[i];
                }
            }

            var spare = -1;
            var spareAvailable = n % 2 == 1;
            while (head >= 0)
            {
                var i = head;
                Remove(i);
                if (head < 0)
                {
                    return i;
                }

                var partner = ChoosePartner(i, head, next);

                // With an odd count, one member joins a trio: spend that seat on the first member who has
                // no good partner left, instead of on whoever happens to come last.
                if (spareAvailable && Cost(i, partner) > 0)
                {
                    spare = i;
                    spareAvailable = false;
                    continue;
                }

                Remove(partner);
                _groups.Add([i, partner]);
            }

            return spare;
        }

        private int ChoosePartner(int i, int first, int[] next)
        {
            // Everyone left sits at the same or a later offset, so walking forward meets the nearest clocks first.
            var nearRepeat = -1;
            var j = first;
            for (; j >= 0 && !Far(i, j); j = next[j])
            {
                if (_recent.Count(_ids[i], _ids[j]) == 0)
                {
                    return j;
                }

                if (nearRepeat < 0 || Cost(i, j) < Cost(i, nearRepeat))
                {
                    nearRepeat = j;
                }
            }

            // Nobody new within three hours: someone new further away beats meeting the same person again.
            for (var (k, steps) = (j, 0); k >= 0 && steps < FarScanLimit; k = next[k], steps++)
            {
                if (_recent.Count(_ids[i], _ids[k]) == 0)
                {
                    return k;
                }
            }

            return nearRepeat >= 0 ? nearRepeat : first;
        }

        /// <summary>Swaps partners between two pairs wherever that lowers their total cost; true when anything changed.</summary>
        private bool Repair()
        {
            var changed = false;
            var budget = RepairBudget;
            for (var p = 0; p < _groups.Count && budget > 0; p++)
            {
                var g = _groups[p];
                var current = Cost(g[0], g[1]);
                for (var q = 0; q < _groups.Count && current > 0 && budget > 0; q++, budget--)
                {
                    var h = _groups[q];
                    if (q == p)
                    {
                        continue;
                    }

                    var before = current + Cost(h[0], h[1]);
                    if (Cost(g[0], h[0]) + Cost(g[1], h[1]) < before)
                    {
                        (g[1], h[0]) = (h[0], g[1]);
                    }
                    else if (Cost(g[0], h[1]) + Cost(g[1], h[0]) < before)
                    {
                        (g[1], h[1]) = (h[1], g[1]);
                    }
                    else
                    {
                        continue;
                    }

                    changed = true;
                    current = Cost(g[0], g[1]);
                }
            }

            return changed;
        }

        private void JoinBestPair(int spare)
        {
            var best = 0;
            var bestCost = int.MaxValue;
            for (var p = 0; p < _groups.Count && bestCost > 0; p++)
            {
                var cost = Cost(spare, _groups[p][0]) + Cost(spare, _groups[p][1]);
                if (cost < bestCost)
                {
                    (best, bestCost) = (p, cost);
                }
            }

            _groups[best] = [.. _groups[best], spare];
        }
    }
}
