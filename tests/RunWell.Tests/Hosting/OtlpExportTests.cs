using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RunWell.FakeDiscord;
using RunWell.Tests.Discord;

namespace RunWell.Tests.Hosting;

/// <summary>
/// The optional OTLP exporter: off by default, and with one setting the host pushes its meters to a collector.
/// Runs alone (see <see cref="RunsAlone"/>): the SDK listens to every "RunWell.Discord" meter in
/// the process, not only this host's.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class OtlpExportTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task With_an_endpoint_set_the_discord_meters_reach_an_otlp_collector()
    {
        using var collector = new FakeCollector();
        await using var bot = await DiscordHost.StartAsync(FakeInteractions.GuildId,
            $"--Telemetry:OtlpEndpoint={collector.Endpoint}", "--Telemetry:OtlpProtocol=HttpProtobuf", "--Telemetry:ExportInterval=00:00:01");
        var fake = bot.Fake;
        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"], ("minutes", 4, 601)));
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback, Wait);

        // The answer is counted once Discord accepted it, so it is in the exports from some point on. Not
        // necessarily in the first one together with "received": a collection snapshots the instruments one
        // after another, and an interaction counted after "received" was read and before "answered" was
        // shows in "answered" only. Exports are periodic and cumulative, so the next one carries both.
        var export = await collector.WaitForAsync(body =>
            body.Contains("runwell.discord.interactions.received", StringComparison.Ordinal)
            && body.Contains("runwell.discord.interactions.answered", StringComparison.Ordinal), Wait);

        Assert.Equal("/v1/metrics", export.Path);
        Assert.Contains("RunWell", export.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_endpoint_nothing_is_exported()
    {
        await using var bot = await DiscordHost.StartAsync();

        Assert.Null(bot.Host!.Services.GetService(typeof(OpenTelemetry.Metrics.MeterProvider)));
    }

    /// <summary>An OTLP/HTTP collector on 127.0.0.1 that records what it is sent (protobuf; instrument names appear as plain bytes).</summary>
    private sealed class FakeCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<(string Path, string Body)> _received = new();
        private readonly Task _loop;

        public FakeCollector()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
                probe.Stop();
            }
            _listener.Prefixes.Add(Endpoint.AbsoluteUri);
            _listener.Start();
            _loop = Task.Run(LoopAsync);
        }

        public Uri Endpoint { get; }

        public async Task<(string Path, string Body)> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (true)
            {
                foreach (var request in _received)
                {
                    if (match(request.Body))
                        return request;
                }
                await Task.Delay(100, cancel.Token);
            }
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                _received.Enqueue((context.Request.Url!.AbsolutePath, Encoding.Latin1.GetString(body.ToArray())));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}

/// <summary>
/// Keeps the OTLP tests away from every other host. The SDK's MeterProvider subscribes by meter name through
/// a process-wide MeterListener (it ignores the meter's IMeterFactory scope), and the identical instruments of
/// all hosts' "RunWell.Discord" meters share one metric stream. A host of another test disposing its meter
/// deactivates that stream: this host's later counts go nowhere, while other hosts' counts reach this
/// collector. Collections that disable parallelization run after all parallel ones, one at a time.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
