using System.Diagnostics;
using System.Globalization;
using System.Runtime;

/// <summary>
/// Loaded into a measured bot through DOTNET_STARTUP_HOOKS (nothing in the bot knows of it): every
/// 100 ms it appends the runtime's own counters to the file named by RUNWELL_PROBE_FILE, stamped with
/// <see cref="Stopwatch.GetTimestamp"/> (CLOCK_MONOTONIC, shared by every process on the machine) so the
/// benchmark can cut them at its phase boundaries. Fields: timestamp, bytes allocated, gen0/gen1/gen2
/// collections, methods JIT-compiled, JIT time (ms), managed heap bytes, thread-pool work items completed,
/// contended lock acquisitions, time the GC paused the process (ms).
/// </summary>
#pragma warning disable CA1050 // The runtime finds the hook by this exact name, outside any namespace.
public static class StartupHook
#pragma warning restore CA1050
{
    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable("RUNWELL_PROBE_FILE");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        new Thread(() => Sample(path)) { IsBackground = true, Name = "runwell-bench-probe" }.Start();
    }

    private static void Sample(string path)
    {
        using var writer = new StreamWriter(path, append: false) { AutoFlush = true };
        while (true)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Stopwatch.GetTimestamp()} {GC.GetTotalAllocatedBytes(false)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {JitInfo.GetCompiledMethodCount()} {JitInfo.GetCompilationTime().TotalMilliseconds:0} {GC.GetTotalMemory(false)} {ThreadPool.CompletedWorkItemCount} {Monitor.LockContentionCount} {GC.GetTotalPauseDuration().TotalMilliseconds:0.0}"));
            Thread.Sleep(100);
        }
    }
}
