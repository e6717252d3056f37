using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using RunWell.FakeDiscord;
using RunWell.Hosting;
using RunWell.Testing;

namespace RunWell.Bench;

/// <summary>
/// The real host against the fake Discord on 127.0.0.1: /run log interactions (each a SQLite write)
/// at a fixed rate, latency from INTERACTION_CREATE sent to callback received, and memory over time.
/// Target on 2 cores: p99 ≤ 25 ms at 200/s, and no memory growth over 5 minutes.
/// </summary>
internal sealed class InteractionLatencyBenchmark : IBenchmark
{
    public string Name => "interactions-inproc";

    public string Description => "in-process (host and fake in one process): p50/p95/p99 of /run log over the fake Discord at 200/s (RUNWELL_BENCH_SECONDS, default 60; 300 for the 5-minute run)";

    public async Task RunAsync(TextWriter output, CancellationToken ct)
    {
        const int rate = 200;
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("RUNWELL_BENCH_SECONDS"), out var s) ? s : 60;

        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        await using var database = TestDatabase.CreateEmpty();
        using var host = RunWellHost.CreateBuilder(
        [
            $"--Discord:Token={fake.Token}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}", $"--Discord:DevGuildId={FakeInteractions.GuildId}",
            $"--ConnectionStrings:RunWell={database.ConnectionString}", "--Logging:LogLevel:Default=Warning",
        ]).Build();
        await host.StartAsync(ct);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, TimeSpan.FromSeconds(30));

        // The fake lives in this process: bound what it keeps, so the memory figures are the bot's.
        fake.Rest.Requests.KeepLast = 1000;
        fake.Gateway.Received.KeepLast = 1000;
        fake.Gateway.ReplayBufferSize = 1000;
        var sent = new ConcurrentDictionary<string, DateTimeOffset>();
        var latencies = new ConcurrentBag<double>();
        using var answered = new CountdownEvent(rate * seconds);
        fake.Rest.Requests.Recorded += r =>
        {
            if (r.Route == FakeRoute.InteractionCallback && r.MajorId is { } id && sent.TryRemove(id, out var at))
            {
                latencies.Add((r.At - at).TotalMilliseconds);
                answered.Signal();
            }
        };
        var memory = new List<(int Second, double WorkingSetMb, double ManagedMb)>();
        var total = rate * seconds;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, TimeProvider.System, ct);
            }

            var interaction = FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"], ("minutes", 4, 5 + (i % 40)), ("mood", 4, 1 + (i % 10)));
            sent[interaction["id"]!.GetValue<string>()] = TimeProvider.System.GetUtcNow();
            await fake.Gateway.SendInteractionAsync(interaction);

            if (i % (rate * 10) == 0)
            {
                GC.Collect();
                memory.Add((i / rate, Measure.WorkingSetMb(), GC.GetTotalMemory(false) / 1024.0 / 1024.0));
            }
        }

        answered.Wait(TimeSpan.FromSeconds(60), ct);
        await host.StopAsync(ct);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"interactions: {total} at {rate}/s over {seconds} s, {latencies.Count} answered (type 4 or deferred)"));
        output.WriteLine("latency INTERACTION_CREATE sent → callback received: " + Timings.From([.. latencies]));
        foreach (var (second, workingSet, managed) in memory)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  t={second,4} s  working set {workingSet,7:0.0} MB  managed heap {managed,6:0.0} MB"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Measure.PeakWorkingSetMb():0.0} MB"));
    }
}
