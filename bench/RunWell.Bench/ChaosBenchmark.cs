using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using RunWell.FakeDiscord;
using RunWell.Hosting;
using RunWell.Testing;

namespace RunWell.Bench;

/// <summary>
/// The real host in-process against a fake Discord that misbehaves the whole time: dropped sockets,
/// op 7, 429s, 502s, and "process, then fail" (the callback or the edit takes effect, the answer is a
/// 502) while 50 members send /checkin. Counts what members would see: answered exactly once, lost,
/// and check-ins stored twice. Targets: 0 duplicates stored, 0 answered twice; "lost" only for
/// interactions replayed too late to be acknowledged (Discord's 3 s).
/// </summary>
internal sealed class ChaosBenchmark(string[] args) : IBenchmark
{
    private const int Members = 50;
    private const int Rate = 40;

    public string Name => "chaos";

    public string Description => "in-process: /checkin from 50 members at 40/s while the fake Discord drops, sends op 7, 429s, 5xx and process-then-502s (--short: 20 s of load, else 60 s)";

    public async Task RunAsync(TextWriter output, CancellationToken ct)
    {
        var seconds = args.Contains("--short") ? 20 : 60;
        output.WriteLine("load average at start: " + LoadAverage());

        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        await using var database = TestDatabase.CreateEmpty();
        using var host = RunWellHost.CreateBuilder(
        [
            $"--Discord:Token={fake.Token}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}", $"--Discord:DevGuildId={FakeInteractions.GuildId}",
            $"--ConnectionStrings:RunWell={database.ConnectionString}", "--Logging:LogLevel:Default=Error",
        ]).Build();
        await host.StartAsync(ct);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, TimeSpan.FromSeconds(60));
        // Like Discord: a first callback more than 3 s after the interaction was created is refused.
        fake.Rest.CallbackWindow = TimeSpan.FromSeconds(3);

        var sent = new ConcurrentDictionary<string, DateTimeOffset>();
        var firstCallbackMs = new ConcurrentBag<double>();
        fake.Rest.Requests.Recorded += r =>
        {
            if (r.Route == FakeRoute.InteractionCallback && r.Effective && r.MajorId is { } id && sent.TryGetValue(id, out var at))
                firstCallbackMs.Add((r.At - at).TotalMilliseconds);
        };

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var faults = InjectFaultsAsync(fake, TimeSpan.FromSeconds(seconds), output, stop.Token);
        var clock = Stopwatch.StartNew();
        var total = Rate * seconds;
        for (var i = 0; i < total; i++)
        {
            var wait = TimeSpan.FromSeconds((double)i / Rate) - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
                await Task.Delay(wait, TimeProvider.System, ct);
            var interaction = FakeInteractions.SlashCommand(fake.ApplicationId, "checkin", null, ("mood", 4, 1 + (i % 10)), ("stress", 4, 1 + (i % 7)), ("energy", 4, 1 + (i % 5)));
            interaction["member"]!["user"]!["id"] = (FakeInteractions.UserId + (ulong)(i % Members)).ToString(CultureInfo.InvariantCulture);
            sent[interaction["id"]!.GetValue<string>()] = TimeProvider.System.GetUtcNow();
            await fake.Gateway.SendInteractionAsync(interaction);
        }

        await stop.CancelAsync();
        await faults;
        // Let the last ones finish (deferred answers wait for their edits); nothing is injected now.
        await SettleAsync(fake, ct);
        await host.StopAsync(ct);

        var tally = Tally(fake, sent.Keys);
        var duplicates = await DuplicatesStoredAsync(database);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"interactions sent: {sent.Count} at {Rate}/s over {seconds} s from {Members} members"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answered exactly once: {tally.Once}, answered more than once: {tally.Twice}, lost: {tally.Lost} (of which refused as too late by Discord: {tally.TooLate})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check-ins stored twice: {duplicates}"));
        if (!firstCallbackMs.IsEmpty)
            output.WriteLine("first callback, INTERACTION_CREATE sent → accepted by Discord: " + Timings.From([.. firstCallbackMs]));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gateway connections: {fake.Gateway.Connections}, identifies: {fake.Gateway.Received.Count(p => p.Op == 2)}, resumes: {fake.Gateway.Received.Count(p => p.Op == 6)}"));
        output.WriteLine("load average at end: " + LoadAverage());
    }

    /// <summary>
    /// A REST fault every second, in turn, until stopped; the gateway is dropped a quarter of the way in
    /// and asked to reconnect (op 7) three quarters in. Gateway faults are spaced out because a connection
    /// that never stays up 30 s keeps growing its reconnect backoff (by design: no tight loops), and the
    /// interactions replayed after a long backoff are past Discord's 3 s.
    /// </summary>
    private static async Task InjectFaultsAsync(FakeDiscordServer fake, TimeSpan run, TextWriter output, CancellationToken ct)
    {
        var injected = new Dictionary<string, int>(StringComparer.Ordinal);
        (string Name, Action Inject)[] rest =
        [
            ("429 on callbacks", () => fake.Rest.FailNext(FakeRoute.InteractionCallback, new FakeFault(429, RetryAfter: 0.2), 3)),
            ("process-then-502 on callbacks", () => fake.Rest.FailNext(FakeRoute.InteractionCallback, new FakeFault(502, ProcessFirst: true), 2)),
            ("503 on callbacks", () => fake.Rest.FailNext(FakeRoute.InteractionCallback, new FakeFault(503), 2)),
            ("process-then-502 on edits", () => fake.Rest.FailNext(FakeRoute.EditOriginal, new FakeFault(502, ProcessFirst: true), 2)),
            ("429 on edits", () => fake.Rest.FailNext(FakeRoute.EditOriginal, new FakeFault(429, RetryAfter: 0.2), 2)),
        ];
        var started = TimeProvider.System.GetTimestamp();
        bool dropped = false, reconnected = false;
        try
        {
            for (var n = 0; ; n++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, ct);
                var (name, inject) = rest[n % rest.Length];
                inject();
                Count(name);
                var elapsed = TimeProvider.System.GetElapsedTime(started);
                if (!dropped && elapsed >= run / 4)
                {
                    dropped = true;
                    fake.Gateway.Drop();
                    Count("socket dropped");
                }
                if (!reconnected && elapsed >= run * 3 / 4)
                {
                    reconnected = true;
                    await fake.Gateway.SendReconnectAsync();
                    Count("op 7");
                }
            }
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("faults injected: " + string.Join(", ", injected.Select(f => $"{f.Key} ×{f.Value}")));
        }

        void Count(string name) => injected[name] = injected.GetValueOrDefault(name) + 1;
    }

    /// <summary>Waits until no callback or edit has arrived for 5 s (at most 60 s).</summary>
    private static async Task SettleAsync(FakeDiscordServer fake, CancellationToken ct)
    {
        var last = -1;
        for (var i = 0; i < 12; i++)
        {
            var now = fake.Rest.Requests.Count(r => r.Route is FakeRoute.InteractionCallback or FakeRoute.EditOriginal or FakeRoute.CreateFollowup);
            if (now == last)
                return;
            last = now;
            await Task.Delay(TimeSpan.FromSeconds(5), TimeProvider.System, ct);
        }
    }

    private sealed record Outcome(int Once, int Twice, int Lost, int TooLate);

    /// <summary>
    /// What each member saw: one effective first callback, and after a deferral (type 5) one edit that
    /// took effect. A second visible answer (another edit or a follow-up) counts as "more than once".
    /// </summary>
    private static Outcome Tally(FakeDiscordServer fake, IEnumerable<string> ids)
    {
        var requests = fake.Rest.Requests.All;
        var callbacks = requests.Where(r => r.Route == FakeRoute.InteractionCallback).ToLookup(r => r.MajorId!);
        // Edits and follow-ups are keyed by app:token; map each token to its interaction through its callback's path.
        var tokenOf = requests.Where(r => r.Route == FakeRoute.InteractionCallback)
            .GroupBy(r => r.MajorId!).ToDictionary(g => g.Key, g => g.First().Path.Split('/')[3]);
        var answers = requests.Where(r => r.Route is FakeRoute.EditOriginal or FakeRoute.CreateFollowup && r.Effective)
            .ToLookup(r => r.MajorId!.Split(':')[1]);
        int once = 0, twice = 0, lost = 0, tooLate = 0;
        foreach (var id in ids)
        {
            var effective = callbacks[id].Where(c => c.Effective).ToList();
            if (effective.Count == 0)
            {
                lost++;
                if (callbacks[id].Any(c => c.Status == 404))
                    tooLate++;
                continue;
            }
            var deferred = effective[0].Json is { } body && body.GetProperty("type").GetInt32() == 5;
            var later = tokenOf.TryGetValue(id, out var token) ? answers[token].Count() : 0;
            if (effective.Count > 1 || later > 1 || (!deferred && later > 0))
                twice++;
            else if (deferred && later == 0)
                lost++;
            else
                once++;
        }
        return new Outcome(once, twice, lost, tooLate);
    }

    private static async Task<int> DuplicatesStoredAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var sources = await db.CheckIns.Where(c => c.SourceId != null).Select(c => c.SourceId!).ToListAsync();
        return sources.Count - sources.Distinct(StringComparer.Ordinal).Count();
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();
}
