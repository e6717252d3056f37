using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using RunWell.FakeDiscord;

namespace RunWell.Bench.Interactions;

/// <summary>
/// Sends /checkin INTERACTION_CREATE dispatches from 50 members at a fixed rate through the fake
/// gateway and times each one until its callback reaches the fake's REST side.
/// </summary>
internal sealed class LoadDriver
{
    private const int Members = 50;
    private const ulong FirstMember = 1_190_000_000_000_500_000;

    private readonly FakeDiscordServer _fake;
    private readonly ConcurrentDictionary<string, long> _sent = new();
    private ConcurrentBag<Answer> _latencies = [];
    private int _seq;

    public LoadDriver(FakeDiscordServer fake)
    {
        _fake = fake;
        fake.Rest.Requests.Recorded += r =>
        {
            if (r.Route == FakeRoute.InteractionCallback && r.MajorId is { } id && _sent.TryRemove(id, out var at))
            {
                _latencies.Add(new Answer(at, Stopwatch.GetElapsedTime(at).TotalMilliseconds));
            }
        };
    }

    /// <summary>Runs one phase and returns what the bot did during it.</summary>
    public async Task<PhaseResult> RunAsync(BotProcess bot, string name, int rate, TimeSpan duration, CancellationToken ct)
    {
        var latencies = _latencies = [];
        _sent.Clear();
        var before = bot.Sample();
        var rss = new List<double>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var rssLoop = SampleRssAsync(bot, rss, stop.Token);

        var total = (int)(rate * duration.TotalSeconds);
        var reconnects = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var wait = TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, TimeProvider.System, ct);
            }

            var interaction = CheckIn(Interlocked.Increment(ref _seq));
            _sent[interaction["id"]!.GetValue<string>()] = Stopwatch.GetTimestamp();
            try
            {
                await _fake.Gateway.SendInteractionAsync(interaction);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException && !ct.IsCancellationRequested)
            {
                // The bot dropped its connection (and will resume); this one counts as unanswered.
                reconnects++;
            }
        }

        // Late answers still count (their latency says so); after 10 s the rest are reported as lost.
        var deadline = Stopwatch.StartNew();
        while (latencies.Count < total && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, ct);
        }

        // Let the probe write a line that covers the last answers' work.
        await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System, ct);
        var after = bot.Sample();
        await stop.CancelAsync();
        await rssLoop;
        return new PhaseResult(name, rate, total, [.. latencies.OrderBy(a => a.SentAt)], before, after, rss, reconnects);
    }

    private static async Task SampleRssAsync(BotProcess bot, List<double> rss, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                rss.Add(bot.RssMb());
                await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // Phase over.
        }
    }

    private JsonObject CheckIn(int n)
    {
        var member = n % Members;
        var interaction = FakeInteractions.SlashCommand(_fake.ApplicationId, "checkin", null,
            ("mood", 4, 4 + (n % 6)), ("stress", 4, 2 + (n % 5)), ("energy", 4, 3 + (n % 7)));
        var user = interaction["member"]!["user"]!.AsObject();
        user["id"] = (FirstMember + (ulong)member).ToString(CultureInfo.InvariantCulture);
        user["username"] = "member" + member.ToString(CultureInfo.InvariantCulture);
        user["global_name"] = "Member " + member.ToString(CultureInfo.InvariantCulture);
        return interaction;
    }
}

/// <summary>One phase's figures: latencies from the fake, costs from the bot's /proc and probe.</summary>
internal sealed record PhaseResult(string Name, int Rate, int Sent, IReadOnlyList<Answer> Answers, BotSample Before, BotSample After, IReadOnlyList<double> Rss, int SendFailures)
{
    public int Answered => Answers.Count;

    public IReadOnlyList<double> Latencies => [.. Answers.Select(a => a.Ms)];

    public double CpuMsPerInteraction => (After.CpuMs - Before.CpuMs) / Sent;

    private double PerInteraction(long count) => count / (double)Sent;

    public double KbPerInteraction => (After.Counters.AllocatedBytes - Before.Counters.AllocatedBytes) / 1024.0 / Sent;

    public Timings? Timings => Answers.Count == 0 ? null : Timings.From(Latencies);

    /// <summary>
    /// Second by second (by when each interaction was sent): where in the phase the tail is, next to
    /// what the runtime did in that second (from the probe's samples).
    /// </summary>
    public string PerSecond(IReadOnlyList<ProbeSample> probe)
    {
        var lines = new System.Text.StringBuilder($"{"",-22} per second: p99 / max ms, answers over 25 ms, JIT methods / ms, gen0 GCs\n");
        var seconds = (int)Math.Ceiling(Stopwatch.GetElapsedTime(Before.At, After.At).TotalSeconds);
        for (var s = 0; s < seconds; s++)
        {
            var from = Before.At + (s * Stopwatch.Frequency);
            var to = from + Stopwatch.Frequency;
            var answers = Answers.Where(a => a.SentAt >= from && a.SentAt < to).Select(a => a.Ms).ToList();
            if (answers.Count == 0)
            {
                continue;
            }

            var t = Timings.From(answers);
            var p0 = probe.LastOrDefault(p => p.At <= from) ?? probe[0];
            var p1 = probe.LastOrDefault(p => p.At <= to) ?? p0;
            lines.Append(string.Create(CultureInfo.InvariantCulture,
                $"{"",-22}   {s + 1,2}: {t.P99,6:0.0} / {t.Max,6:0.0}; {answers.Count(ms => ms > 25),3}; {p1.Counters.MethodsJitted - p0.Counters.MethodsJitted,5} / {p1.Counters.JitMs - p0.Counters.JitMs,4}; {p1.Counters.Gen0 - p0.Counters.Gen0}\n"));
        }

        // The first second in tenths: a stall at the start and a slow start look alike per second.
        lines.Append($"{"",-22} first second in 100-ms slices (by send time): max ms\n{"",-22}  ");
        for (var slice = 0; slice < 10; slice++)
        {
            var from = Before.At + (slice * Stopwatch.Frequency / 10);
            var to = from + (Stopwatch.Frequency / 10);
            var max = Answers.Where(a => a.SentAt >= from && a.SentAt < to).Select(a => a.Ms).DefaultIfEmpty(double.NaN).Max();
            lines.Append(string.Create(CultureInfo.InvariantCulture, $" {max:0.0}"));
        }

        return lines.ToString().TrimEnd('\n');
    }

    public override string ToString()
    {
        var c0 = Before.Counters;
        var c1 = After.Counters;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name,-22} {Answered}/{Sent} answered{(SendFailures > 0 ? $" ({SendFailures} not sent: connection dropped)" : "")}; {Timings?.ToString() ?? "no answers"}\n" +
            $"{"",-22} CPU {CpuMsPerInteraction:0.000} ms/interaction ({(After.CpuMs - Before.CpuMs) / Stopwatch.GetElapsedTime(Before.At, After.At).TotalMilliseconds * 100:0}% of one core); " +
            $"{KbPerInteraction:0.0} KB allocated/interaction; GCs gen0 {c1.Gen0 - c0.Gen0}, gen1 {c1.Gen1 - c0.Gen1}, gen2 {c1.Gen2 - c0.Gen2}; " +
            $"JIT {c1.MethodsJitted - c0.MethodsJitted} methods in {c1.JitMs - c0.JitMs} ms; RSS {Rss.DefaultIfEmpty(double.NaN).Min():0} → {Rss.DefaultIfEmpty(double.NaN).Max():0} MB\n" +
            $"{"",-22} per interaction: {PerInteraction(c1.WorkItems - c0.WorkItems):0.0} thread-pool work items, {PerInteraction(After.ContextSwitches - Before.ContextSwitches):0.0} context switches, {PerInteraction(c1.LockContentions - c0.LockContentions):0.00} contended locks, {PerInteraction(After.ReadCalls - Before.ReadCalls):0.0} read and {PerInteraction(After.WriteCalls - Before.WriteCalls):0.0} write system calls; GC pauses {c1.GcPauseMs - c0.GcPauseMs:0.0} ms in all");
    }
}

/// <summary>One answered interaction: when it was sent (Stopwatch timestamp) and how long its callback took.</summary>
internal sealed record Answer(long SentAt, double Ms);
