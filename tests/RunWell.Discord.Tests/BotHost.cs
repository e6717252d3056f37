using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RunWell.Discord.Gateway;
using RunWell.Discord.Interactions;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests;

/// <summary>A real host with the Discord client pointed at a fake server, with tiny timings.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    private BotHost(IHost host, TestHandler handler, RecordingFatalStop fatal)
    {
        Host = host;
        Handler = handler;
        Fatal = fatal;
    }

    public IHost Host { get; }
    public TestHandler Handler { get; }
    public RecordingFatalStop Fatal { get; }
    public FakeLogCollector Logs => Host.Services.GetFakeLogCollector();

    public static async Task<BotHost> StartAsync(
        FakeDiscordServer fake,
        string? token = null,
        Action<DiscordTuning>? tune = null,
        Action<IServiceCollection>? services = null,
        ulong? devGuildId = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddFakeLogging();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = token ?? fake.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
            ["Discord:DevGuildId"] = devGuildId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.AddRunWellDiscord();
        builder.Services.Configure<DiscordTuning>(t =>
        {
            t.DeferAfter = TimeSpan.FromMilliseconds(300);
            t.ReconnectBackoffBase = TimeSpan.FromMilliseconds(10);
            t.ReconnectBackoffCap = TimeSpan.FromMilliseconds(100);
            t.InvalidSessionDelayMin = TimeSpan.FromMilliseconds(5);
            t.InvalidSessionDelayMax = TimeSpan.FromMilliseconds(20);
            t.IdentifySpacing = TimeSpan.FromMilliseconds(20);
            t.GatewaySendLimit = 100_000;
            t.CloseTimeout = TimeSpan.FromSeconds(1);
            t.ServerErrorBackoffBase = TimeSpan.FromMilliseconds(10);
            t.ResumeWindow = TimeSpan.FromMilliseconds(300);
            tune?.Invoke(t);
        });
        var handler = new TestHandler();
        var fatal = new RecordingFatalStop();
        builder.Services.AddSingleton(handler);
        builder.Services.AddScoped<IDiscordInteractionHandler>(sp => sp.GetRequiredService<TestHandler>());
        builder.Services.AddSingleton<IFatalStop>(fatal);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new BotHost(host, handler, fatal);
    }

    /// <summary>
    /// Waits until every interaction received so far is finished (answered, dropped or failed) and no
    /// deferral or "busy" answer is still on its way. After that nothing more is sent for them, so a test
    /// can assert what was not sent without sleeping to see whether it comes.
    /// </summary>
    public async Task WhenIdleAsync(TimeSpan wait)
    {
        var inbox = Host.Services.GetRequiredService<InteractionInbox>();
        using var timeout = new CancellationTokenSource(wait);
        while (inbox.Snapshot(DateTimeOffset.MinValue) is not { Queued: 0, Running: 0 })
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, timeout.Token);
        await Host.Services.GetRequiredService<InteractionDeadlines>().WhenIdleAsync().WaitAsync(wait);
    }

    /// <summary>Every log line and exception text, for the "token never logged" checks.</summary>
    public string AllLogText() => string.Join("\n", Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception));

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(cts.Token);
        Host.Dispose();
    }
}

internal sealed class RecordingFatalStop : IFatalStop
{
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Stopped => _stopped.Task;

    public void Stop() => _stopped.TrySetResult();
}

/// <summary>The host's handler stand-in: behaviour set per test, every call recorded.</summary>
internal sealed class TestHandler : IDiscordInteractionHandler
{
    public Func<DiscordInteraction, CancellationToken, Task<InteractionResponse>> Behaviour { get; set; } =
        (i, _) => Task.FromResult(InteractionResponse.Reply(DiscordMessage.Text("ok " + i.Id)));

    public bool Ephemeral { get; set; }

    public ConcurrentQueue<DiscordInteraction> Handled { get; } = new();

    public Task<InteractionResponse> HandleAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        Handled.Enqueue(interaction);
        return Behaviour(interaction, ct);
    }

    public bool IsEphemeral(DiscordInteraction interaction) => Ephemeral;

    public int Count(ulong id) => Handled.Count(i => i.Id == id);
}

/// <summary>Test steps shared by the gateway tests.</summary>
internal static class SessionSteps
{
    /// <summary>
    /// Waits until the client holds a session: READY was sent, and an interaction sent after it came
    /// back answered (the client reads in order, so READY was handled first). Dropping the connection
    /// before that would test a fresh identify, not a resume.
    /// </summary>
    public static async Task WaitForSessionAsync(this FakeDiscordServer fake, TimeSpan wait)
    {
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, wait);
        var ping = FakeInteractions.SlashCommand(fake.ApplicationId, "ping");
        var id = ping["id"]!.GetValue<string>();
        await fake.Gateway.SendInteractionAsync(ping);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, wait);
    }
}
