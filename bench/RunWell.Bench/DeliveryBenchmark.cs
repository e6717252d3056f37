using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using RunWell.Bench.Interactions;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.FakeDiscord;
using RunWell.Testing;

namespace RunWell.Bench;

/// <summary>
/// 2,000 servers, each with a weekly summary waiting in the outbox, delivered by the published Release
/// RunWell in its own process (outbox job + Discord REST client, as deployed) to the fake Discord in this
/// one, which enforces Discord's 50 requests/s global limit. Timed from the moment the process starts, so
/// the bot's own start-up counts. Theory: 2,000 / 50 = 40 s. Target: ≤ 1.05× (42 s) with zero 429s.
/// Options: --no-publish (reuse artifacts/bench), --app DIR (a RunWell already published there).
/// </summary>
internal sealed class DeliveryBenchmark(string[] args) : IBenchmark
{
    private const int Servers = 2000;
    private const ulong FirstGuild = 1400000000000000000;
    private const ulong FirstChannel = 1500000000000000000;

    public string Name => "delivery";

    public string Description => $"black box: {Servers} weekly summaries through the published bot's outbox to the fake Discord at its 50 req/s global limit (--no-publish, --app DIR)";

    public async Task RunAsync(TextWriter output, CancellationToken ct)
    {
        var appIndex = Array.IndexOf(args, "--app");
        var app = appIndex >= 0 && appIndex + 1 < args.Length
            ? Path.Combine(Path.GetFullPath(args[appIndex + 1]), "RunWell.dll")
            : await PublishedApps.PublishAsync("src/RunWell/RunWell.csproj", "runwell", "RunWell.dll", args.Contains("--no-publish"), output, ct);

        await using var fake = await FakeDiscordServer.StartAsync();
        // The bot is in every seeded server, so READY lists them all, as Discord's does: otherwise the bot
        // marks 1,999 servers as left at READY and unschedules their weekly rhythm, work no deployment does.
        fake.Gateway.ReadyGuildIds = [FakeInteractions.GuildId, .. Enumerable.Range(0, Servers).Select(i => FirstGuild + (ulong)i)];
        await using var database = await TestDatabase.CreateAsync();
        var seeding = Stopwatch.StartNew();
        await SeedAsync(database, ct);
        // The bot gets the file to itself: no connection of this process left open on it.
        SqliteConnection.ClearAllPools();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {Servers} servers with a due summary in {seeding.Elapsed.TotalSeconds:0.0} s"));

        // The outbox job polls at start, so delivery begins with the bot.
        var startedAt = TimeProvider.System.GetUtcNow();
        using var bot = BotProcess.Start(
        [
            app, $"--Discord:Token={fake.Token}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}", $"--Discord:DevGuildId={FakeInteractions.GuildId}",
            "--RunWell:Mode=Discord", $"--ConnectionStrings:RunWell={database.ConnectionString}", "--Logging:LogLevel:Default=Warning",
        ], database.Directory, "runwell", []);
        static bool Delivered(RecordedRequest r) => r.Route == FakeRoute.CreateMessage && r.Status == 200;
        await fake.Rest.Requests.WaitForCountAsync(Delivered, Servers, TimeSpan.FromMinutes(5));
        var total = Stopwatch.GetElapsedTime(bot.StartedAt).TotalSeconds;
        var peakRss = bot.RssMb();

        string Since(DateTimeOffset? at) => at is { } t ? string.Create(CultureInfo.InvariantCulture, $"{(t - startedAt).TotalSeconds:0.00} s") : "never";
        var creates = fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.CreateMessage).ToList();
        var span = (creates[^1].At - creates[0].At).TotalSeconds;
        var distinctNonces = creates.Where(r => r.Status == 200).Select(r => r.Json!.Value.GetProperty("nonce").GetString()).Distinct().Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"delivered {Servers} posts in {total:0.0} s from process start ({span:0.0} s first→last send); theory {Servers / 50.0:0} s; ratio {total / (Servers / 50.0):0.00}× (target ≤ 1.05×)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"from process start: gateway connected {Since(fake.Gateway.ConnectionTimes.All.Count > 0 ? fake.Gateway.ConnectionTimes.All[0] : null)}; commands registered {Since(fake.Rest.Requests.All.FirstOrDefault(r => r.Route is FakeRoute.BulkOverwriteGuildCommands or FakeRoute.BulkOverwriteGlobalCommands)?.At)}; first send {Since(creates[0].At)}; last send {Since(creates[^1].At)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"429s from the fake's rate-limit model: {fake.Rest.RateLimitedCount} (target 0); CreateMessage requests {creates.Count}; distinct nonces sent {distinctNonces}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput {creates.Count / span:0.0} requests/s over the sending span"));
        // With the limit's 50-request window, the last send waits on the 50th's slot 39 windows on: how fast
        // the first 50 go out (a cold start's one-off work) decides the end as much as the start does.
        var firstWindow = creates.Where(r => r.Status == 200).Take(50).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first 50 sends: {(firstWindow[^1].At - firstWindow[0].At).TotalSeconds:0.00} s from the first to the 50th; from then on {(creates[^1].At - firstWindow[^1].At).TotalSeconds:0.0} s"));
        // Where the first window lost its time: gaps of 50 ms or more between consecutive sends, and when.
        var stalls = firstWindow.Zip(firstWindow.Skip(1)).Where(p => (p.Second.At - p.First.At).TotalMilliseconds >= 50)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{(p.Second.At - p.First.At).TotalMilliseconds:0} ms at {Since(p.First.At)}")).ToList();
        output.WriteLine("first 50 sends, gaps of 50 ms or more: " + (stalls.Count == 0 ? "none" : string.Join(", ", stalls)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bot RSS at the end {peakRss:0} MB"));
    }

    /// <summary>Rows straight into SQLite: clubs, their post records and one pending outbox row each, as the publisher writes them.</summary>
    private static async Task SeedAsync(TestDatabase database, CancellationToken ct)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        const string period = "2026-W48";
        await using var db = database.CreateContext();
        var posts = new List<ScheduledPost>(Servers);
        for (var i = 0; i < Servers; i++)
        {
            var guild = FirstGuild + (ulong)i;
            db.Clubs.Add(new Club { GuildId = guild, Name = $"Club {i}", ChannelId = FirstChannel + (ulong)i, TimeZoneId = "UTC", CreatedAtUtc = now });
            posts.Add(new ScheduledPost { GuildId = guild, Kind = PostKind.WeeklySummary, PeriodKey = period, CreatedAtUtc = now });
        }

        db.ScheduledPosts.AddRange(posts);
        await db.SaveChangesAsync(ct);

        var message = OutboxPayload.Serialize(new Message("**Week 48 together** · 12 members showed up · 31 runs · 540 minutes · 9 micro-runs. Thank you all!"));
        for (var i = 0; i < Servers; i++)
        {
            var post = posts[i];
            db.Outbox.Add(new OutboxMessage
            {
                GuildId = post.GuildId,
                ScheduledPostId = post.Id,
                Kind = PostKind.WeeklySummary,
                ChannelId = FirstChannel + (ulong)i,
                PayloadJson = message,
                DeliveryKey = DeliveryKeys.For(post.GuildId, PostKind.WeeklySummary, period, 0),
                Status = OutboxStatus.Pending,
                NextAttemptAtUtc = now,
                CreatedAtUtc = now,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
