using System.Diagnostics;
using System.Globalization;
using RunWell.FakeDiscord;

namespace RunWell.Bench.Interactions;

/// <summary>
/// The interaction path measured as a black box: the published Release RunWell in its own process
/// against the fake Discord in this one (loopback), then a minimal bot through the same phases for
/// the ratio. Options: --short (the lead's few-minute re-run), --soak (adds 10 min at 200/s with RSS
/// every 30 s), --app DIR (a RunWell already published there), --no-publish (reuse artifacts/bench),
/// --env KEY=VALUE (repeatable; set in RunWell's environment, e.g. to try a GC setting), --minimal-env KEY=VALUE
/// (the same for the minimal bot: e.g. to give the floor a runtime setting RunWell's build carries), --keep (the bots' logs), --no-minimal
/// (RunWell alone: for comparing its own allocations, CPU and RSS between builds or settings).
/// </summary>
internal sealed class InteractionBenchmark(string[] args) : IBenchmark
{
    public string Name => "interactions";

    public string Description => "black box: published RunWell vs a minimal bot, /checkin from 50 members at 200/s and 500/s (--short, --soak, --app DIR, --no-publish, --env K=V, --minimal-env K=V, --no-minimal, --keep)";

    public async Task RunAsync(TextWriter output, CancellationToken ct)
    {
        var quick = args.Contains("--short");
        var reuse = args.Contains("--no-publish");
        var appIndex = Array.IndexOf(args, "--app");
        var runwell = appIndex >= 0 && appIndex + 1 < args.Length
            ? Path.Combine(Path.GetFullPath(args[appIndex + 1]), "RunWell.dll")
            : await PublishedApps.PublishAsync("src/RunWell/RunWell.csproj", "runwell", "RunWell.dll", reuse, output, ct);
        var withMinimal = !args.Contains("--no-minimal");
        var keep = args.Contains("--keep");
        // Published even with --no-minimal: it also warms this process (below).
        var minimal = await PublishedApps.PublishAsync("bench/RunWell.MinimalBot/RunWell.MinimalBot.csproj", "minimal-bot", "RunWell.MinimalBot.dll", reuse, output, ct);

        var measured = quick ? TimeSpan.FromSeconds(20) : TimeSpan.FromSeconds(60);
        Phase[] phases =
        [
            new("cold: first 15 s 200/s", 200, TimeSpan.FromSeconds(15), PerSecond: true),
            new("warm-up 150/s", 150, TimeSpan.FromSeconds(20)),
            new("warm 200/s", 200, measured),
            new("warm 500/s (1)", 500, measured / 2),
            new("warm 500/s (2)", 500, measured / 2),
        ];
        if (args.Contains("--soak"))
        {
            phases = [.. phases, new("soak 200/s 10 min", 200, TimeSpan.FromMinutes(10), SoakRss: true)];
        }

        var environment = EnvironmentOption("--env");
        var minimalEnvironment = EnvironmentOption("--minimal-env");
        foreach (var (key, value) in environment)
        {
            output.WriteLine($"RunWell environment: {key}={value}");
        }

        foreach (var (key, value) in minimalEnvironment)
        {
            output.WriteLine($"minimal bot environment: {key}={value}");
        }

        output.WriteLine("load average at start: " + LoadAverage());
        var work = Directory.CreateTempSubdirectory("runwell-bench-");
        var completed = false;
        try
        {
            // The fake Discord and the load driver run in this process, and the first bot measured used to
            // pay for their JIT: RunWell's first cold second showed 100-200 ms answers that were the fake's
            // first callbacks being compiled, while the minimal bot, measured second, met a warm fake. So
            // this process is warmed first with 5 s of traffic to the minimal bot, not measured.
            await RunBotAsync("bench warm-up", TextWriter.Null, [new("bench warm-up", 200, TimeSpan.FromSeconds(5))], work.FullName, fake =>
                [minimal, fake.ApiBaseUrl.ToString(), fake.Token, Path.Combine(work.FullName, "warm-up.db")], [], registersCommands: false, ct);

            var ours = await RunBotAsync("RunWell", output, phases, work.FullName, fake =>
            [
                runwell, $"--Discord:Token={fake.Token}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}",
                $"--Discord:DevGuildId={FakeInteractions.GuildId}", "--RunWell:Mode=Discord",
                $"--ConnectionStrings:RunWell=Data Source={Path.Combine(work.FullName, "runwell.db")}",
                "--Logging:LogLevel:Default=Warning",
            ], environment, registersCommands: true, ct);
            if (!withMinimal)
            {
                output.WriteLine("load average at end: " + LoadAverage());
                completed = true;
                return;
            }

            var floor = await RunBotAsync("minimal bot", output, [.. phases.Where(p => !p.SoakRss)], work.FullName, fake =>
                [minimal, fake.ApiBaseUrl.ToString(), fake.Token, Path.Combine(work.FullName, "minimal.db")], minimalEnvironment, registersCommands: false, ct);

            output.WriteLine();
            output.WriteLine("RunWell ÷ minimal bot, same run:");
            foreach (var phase in phases.Where(p => !p.SoakRss))
            {
                var a = ours.Phases[phase.Name];
                var b = floor.Phases[phase.Name];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {phase.Name,-24} p50 {a.Timings?.P50:0.0}/{b.Timings?.P50:0.0} ms, p99 {a.Timings?.P99:0.0}/{b.Timings?.P99:0.0} ms (×{a.Timings?.P99 / b.Timings?.P99:0.0}); " +
                    $"CPU {a.CpuMsPerInteraction:0.00}/{b.CpuMsPerInteraction:0.00} ms (×{a.CpuMsPerInteraction / b.CpuMsPerInteraction:0.0}); " +
                    $"alloc {a.KbPerInteraction:0.0}/{b.KbPerInteraction:0.0} KB"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  start → READY {ours.ReadyMs:0} / {floor.ReadyMs:0} ms; RSS idle after start {ours.IdleRssAtStart:0} / {floor.IdleRssAtStart:0} MB, idle after load {ours.IdleRssAfterLoad:0} / {floor.IdleRssAfterLoad:0} MB"));
            output.WriteLine("load average at end: " + LoadAverage());
            completed = true;
        }
        finally
        {
            // Kept when something went wrong: the bots' logs are there.
            if (completed && !keep)
            {
                work.Delete(recursive: true);
            }
            else
            {
                output.WriteLine("bot logs kept in " + work.FullName);
            }
        }
    }

    private List<KeyValuePair<string, string>> EnvironmentOption(string option) =>
        args.Select((a, i) => (a, i)).Where(p => p.a == option && p.i + 1 < args.Length)
            .Select(p => args[p.i + 1].Split('=', 2)).Where(kv => kv.Length == 2)
            .Select(kv => KeyValuePair.Create(kv[0], kv[1])).ToList();

    private static async Task<BotRun> RunBotAsync(
        string name, TextWriter output, IReadOnlyList<Phase> phases, string work, Func<FakeDiscordServer, string[]> arguments,
        IEnumerable<KeyValuePair<string, string>> environment, bool registersCommands, CancellationToken ct)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        // Keep the fake (in this process) small and quiet: the figures are the bot's.
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        fake.Rest.Requests.KeepLast = 1000;
        fake.Gateway.Received.KeepLast = 1000;
        fake.Gateway.ReplayBufferSize = 1000;
        var driver = new LoadDriver(fake);

        output.WriteLine();
        output.WriteLine($"-- {name}");
        using var bot = BotProcess.Start(arguments(fake), work, name.Replace(' ', '-'), environment);
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, TimeSpan.FromSeconds(60));
        var readyMs = Stopwatch.GetElapsedTime(bot.StartedAt).TotalMilliseconds;
        if (registersCommands)
        {
            await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands && r.Status == 200, TimeSpan.FromSeconds(60));
        }

        var registeredMs = Stopwatch.GetElapsedTime(bot.StartedAt).TotalMilliseconds;
        var idleAtStart = bot.RssMb();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"start → READY {readyMs:0} ms; → commands registered {registeredMs:0} ms; RSS then {idleAtStart:0} MB; JIT so far {bot.Sample().Counters.MethodsJitted} methods"));

        var results = new Dictionary<string, PhaseResult>();
        foreach (var phase in phases)
        {
            var result = await driver.RunAsync(bot, phase.Name, phase.Rate, phase.Duration, ct);
            results[phase.Name] = result;
            output.WriteLine(result);
            if (phase.PerSecond)
            {
                output.WriteLine(result.PerSecond(bot.ProbeHistory()));
            }

            if (phase.SoakRss)
            {
                output.WriteLine("  RSS every 30 s (MB): " + string.Join(" ", result.Rss.Where((_, i) => i % 30 == 0).Select(r => r.ToString("0", CultureInfo.InvariantCulture))));
            }

            if (bot.HasExited)
            {
                throw new InvalidOperationException($"{name} exited during '{phase.Name}'; see its log.");
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(10), TimeProvider.System, ct);
        var idleAfter = bot.RssMb();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RSS idle 10 s after load {idleAfter:0} MB; load average {LoadAverage()}"));
        return new BotRun(readyMs, idleAtStart, idleAfter, results);
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();

    /// <param name="PerSecond">Also print the phase second by second (the cold phase: where its tail is).</param>
    private sealed record Phase(string Name, int Rate, TimeSpan Duration, bool SoakRss = false, bool PerSecond = false);

    private sealed record BotRun(double ReadyMs, double IdleRssAtStart, double IdleRssAfterLoad, IReadOnlyDictionary<string, PhaseResult> Phases);
}
