using RunWell.Bench;
using RunWell.Bench.Interactions;

// Usage: dotnet run -c Release --project bench/RunWell.Bench [-- name ... [--short] [--soak] [--app DIR] [--no-publish]]; no name runs them all.
IBenchmark[] all =
[
    new InteractionBenchmark(args),
    new InteractionLatencyBenchmark(),
    new WireAllocationBenchmark(),
    new ReviewBenchmark(),
    new PairingBenchmark(),
    new WeeklySummaryBenchmark(),
    new DeliveryBenchmark(args),
    new ChaosBenchmark(args),
    new CheckInCostBenchmark(),
];

var chosen = args.Length == 0 ? all : [.. all.Where(b => args.Contains(b.Name))];
if (chosen.Length == 0)
{
    Console.WriteLine("Benchmarks: " + string.Join(", ", all.Select(b => $"{b.Name} ({b.Description})")));
    return 1;
}

foreach (var benchmark in chosen)
{
    Console.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
    await benchmark.RunAsync(Console.Out, CancellationToken.None);
    Console.WriteLine();
}

return 0;
