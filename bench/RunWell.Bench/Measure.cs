using System.Diagnostics;
using System.Globalization;

namespace RunWell.Bench;

/// <summary>Warm-up, repeat, and report percentiles: enough rigour for the product's targets.</summary>
internal static class Measure
{
    public static async Task<Timings> RepeatAsync(int warmup, int iterations, Func<Task> action)
    {
        for (var i = 0; i < warmup; i++)
        {
            await action();
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return Timings.From(samples);
    }

    public static double PeakWorkingSetMb() => Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

    public static double WorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }
}

internal sealed record Timings(double P50, double P95, double P99, double Max, int Count)
{
    public static Timings From(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Timings(At(0.50), At(0.95), At(0.99), sorted[^1], sorted.Length);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"p50 {P50:0.00} ms, p95 {P95:0.00} ms, p99 {P99:0.00} ms, max {Max:0.00} ms (n={Count})");
}
