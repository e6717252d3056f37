using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Engine;
using RunWell.Testing;

namespace RunWell.Bench;

/// <summary>
/// The handler-to-database part of a warm /checkin, in process and one at a time: bytes allocated and
/// CPU per interaction (engine scope, handler, domain service, EF, SQLite on a real file), and which
/// types the allocations were (the runtime's allocation sampling, one event per ~100 KB). No Discord,
/// no JSON, no host logging: it isolates what the data path costs, so a change there shows clearly.
/// </summary>
internal sealed class CheckInCostBenchmark : IBenchmark
{
    private const int Members = 50;

    public string Name => "checkin-cost";

    public string Description => "in-process bytes and CPU per warm /checkin, handler down to SQLite";

    public async Task RunAsync(TextWriter output, CancellationToken ct)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("CHECKIN_COST_N"), CultureInfo.InvariantCulture, out var n) ? n : 5_000;
        // Lanes > 1: that many members check in at once, as under live load, so the pooled contexts (each
        // with its own SQLite connection) take turns, and each sees the file changed by the others.
        var lanes = int.TryParse(Environment.GetEnvironmentVariable("CHECKIN_COST_LANES"), CultureInfo.InvariantCulture, out var l) && l > 1 ? l : 1;
        await using var services = await TestServices.CreateAsync();
        var callers = Enumerable.Range(0, Members)
            .Select(i => new Caller(Commands.GuildId, Commands.AnnId + (ulong)i, "Member " + i, false, "Bench club", Locale: "en-US", GuildLocale: "en-US"))
            .ToArray();

        // Warm: every member exists, JIT has tiered up the path.
        await RunLanesAsync(services, callers, 3_000, lanes, ct);

        var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var gen0 = GC.CollectionCount(0);
        var cpu = process.TotalProcessorTime;
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var start = Stopwatch.GetTimestamp();
        using (var sampler = new AllocationSampler())
        {
            await RunLanesAsync(services, callers, count, lanes, ct);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
            var elapsed = Stopwatch.GetElapsedTime(start);
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} warm /checkin{(lanes > 1 ? " in " + lanes + " lanes" : "")}: {allocated / (double)count / 1024:0.00} KB allocated each, CPU {cpuMs / count:0.000} ms each, wall {elapsed.TotalMilliseconds / count:0.000} ms each, gen0 GCs {GC.CollectionCount(0) - gen0}"));
            output.WriteLine("allocation samples by type (share of ~100 KB ticks):");
            sampler.Print(output, 25);
        }
    }

    private static Task RunLanesAsync(TestServices services, Caller[] callers, int count, int lanes, CancellationToken ct) =>
        Task.WhenAll(Enumerable.Range(0, lanes).Select(lane =>
            Task.Run(() => RunAsync(services, [.. callers.Where((_, i) => i % lanes == lane)], count / lanes, ct), ct)));

    private static async Task RunAsync(TestServices services, Caller[] callers, int count, CancellationToken ct)
    {
        for (var i = 0; i < count; i++)
        {
            // A second later each time, as live traffic: the member's last activity moves on every check-in.
            services.Time.Advance(TimeSpan.FromSeconds(1));
            var request = Commands.Request("checkin", callers[i % callers.Length], ("mood", 5L), ("stress", 4L), ("energy", 6L));
            await using var scope = services.CreateScope();
            var reply = await scope.ServiceProvider.GetRequiredService<BotEngine>().RunCommandAsync(request, ct);
            // Read once: the plain text is built on demand, and production never builds it.
            if (i == 0 && !reply.Message.Text.Plain.StartsWith("Check-in saved", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Unexpected reply: " + reply.Message.Text.Plain);
            }
        }
    }

    /// <summary>GCAllocationTick (the runtime's sampled allocations) counted by type name.</summary>
    private sealed class AllocationSampler : EventListener
    {
        private readonly Dictionary<string, long> _bytes = [];
        private long _total;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            {
                return;
            }

            var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], CultureInfo.InvariantCulture) : 100_000;
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
                _total += amount;
            }
        }

        public void Print(TextWriter output, int top)
        {
            lock (_bytes)
            {
                foreach (var (type, amount) in _bytes.OrderByDescending(p => p.Value).Take(top))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {amount * 100.0 / Math.Max(1, _total),5:0.0} %  {type}"));
                }
            }
        }
    }
}
