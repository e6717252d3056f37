using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RunWell.Discord;
using RunWell.FakeDiscord;

namespace RunWell.Bench;

/// <summary>
/// The Discord client alone, in process: INTERACTION_CREATE from the fake Discord → parser → inbox → runner →
/// a handler that answers at once with a /checkin-sized ephemeral reply → REST callback back to the fake. Prints
/// bytes allocated and CPU per interaction, so a change on the wire side can be judged without the database.
/// The fake Discord shares the process: its own allocations (Kestrel, the recorded request, the frame it
/// builds) are in the figure too, the same before and after a change to the client.
/// </summary>
internal sealed class WireAllocationBenchmark : IBenchmark
{
    public string Name => "wire-alloc";

    public string Description => "in-process: the Discord client alone (parser → inbox → runner → REST callback) with an instant handler; bytes and CPU per interaction, fake Discord included (RUNWELL_BENCH_COUNT, default 20000)";

    public async Task RunAsync(TextWriter output, CancellationToken ct)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("RUNWELL_BENCH_COUNT"), out var n) ? n : 20_000;
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        fake.Rest.Requests.KeepLast = 100;
        fake.Gateway.Received.KeepLast = 100;
        fake.Gateway.ReplayBufferSize = 100;

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        });
        builder.AddRunWellDiscord();
        builder.Services.AddScoped<IDiscordInteractionHandler, InstantHandler>();
        using var host = builder.Build();
        await host.StartAsync(ct);
        await fake.Gateway.WaitForConnectionsAsync(1, TimeSpan.FromSeconds(30));
        while (fake.Gateway.SessionId is null)
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, ct);
        await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, ct);

        var answered = 0;
        using var window = new SemaphoreSlim(32);
        var done = new TaskCompletionSource();
        var target = 0;
        fake.Rest.Requests.Recorded += r =>
        {
            if (r.Route != FakeRoute.InteractionCallback)
                return;
            window.Release();
            if (Interlocked.Increment(ref answered) == Volatile.Read(ref target))
                done.TrySetResult();
        };

        // Warm-up (JIT, pools), then the measured run; the fake's frame building is in the figure.
        await RunAsync(fake, 2_000, () => { target = 2_000; return done; }, window, ct);
        done = new TaskCompletionSource();
        answered = 0;
        GC.Collect();
        var bytes = GC.GetTotalAllocatedBytes(true);
        var gen0 = GC.CollectionCount(0);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        target = count;
        for (var i = 0; i < count; i++)
        {
            // At most 32 in flight: the queue never fills, so every one is a real answer, not "busy".
            await window.WaitAsync(ct);
            // Built as it is sent: an interaction older than 3 s is skipped as stale.
            await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "checkin", null, ("mood", 4, 1 + (i % 10))));
        }
        await done.Task.WaitAsync(TimeSpan.FromSeconds(120), ct);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - bytes;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await host.StopAsync(ct);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wire-alloc: {count} interactions in {clock.Elapsed.TotalSeconds:0.0} s; {allocated / (double)count / 1024:0.00} KB allocated per interaction; " +
            $"CPU {cpuUsed.TotalMilliseconds / count:0.000} ms per interaction (rough); gen0 {GC.CollectionCount(0) - gen0}; fake Discord included"));
    }

    private static async Task RunAsync(FakeDiscordServer fake, int count, Func<TaskCompletionSource> arm, SemaphoreSlim window, CancellationToken ct)
    {
        var done = arm();
        for (var i = 0; i < count; i++)
        {
            await window.WaitAsync(ct);
            await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "checkin", null, ("mood", 4, 1 + (i % 10))));
        }
        await done.Task.WaitAsync(TimeSpan.FromSeconds(120), ct);
    }

    private sealed class InstantHandler : IDiscordInteractionHandler
    {
        private static readonly DiscordMessage Reply = new()
        {
            Content = "Check-in saved: **mood 7**, energy 6. That's 3 check-ins this week — see `/review` for the trend.",
            Flags = DiscordMessageFlags.Ephemeral,
        };

        public Task<InteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken ct) =>
            Task.FromResult(InteractionResponse.Reply(Reply));

        public bool IsEphemeral(DiscordInteraction interaction) => true;
    }
}
