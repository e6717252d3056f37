using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RunWell.FakeDiscord;

/// <summary>
/// A fake Discord on http://127.0.0.1:{random port}: REST under /api/v10 and the gateway WebSocket at
/// /gateway. Start with <see cref="StartAsync"/>, point DiscordOptions.ApiBaseUrl at <see cref="ApiBaseUrl"/>
/// and the token at <see cref="Token"/>, then drive <see cref="Gateway"/> and inspect <see cref="Rest"/>.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeDiscordServer(WebApplication app, string token, ulong applicationId, TimeProvider time)
    {
        _app = app;
        Time = time;
        Token = token;
        ApplicationId = applicationId;
        Gateway = new FakeGateway(this);
        Rest = new FakeRest(this);
    }

    /// <summary>The only bot token the fake accepts.</summary>
    public string Token { get; }

    /// <summary>Application (and bot user) id announced in READY.</summary>
    public ulong ApplicationId { get; }

    /// <summary>http://127.0.0.1:{port}/api/v10</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>ws://127.0.0.1:{port}/gateway (returned by GET /gateway/bot).</summary>
    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>ws://127.0.0.1:{port}/resume (sent as resume_gateway_url; same handler, distinct path so tests can tell). Settable, to send an unreachable one.</summary>
    public Uri ResumeGatewayUrl { get; set; } = null!;

    /// <summary>The gateway side.</summary>
    public FakeGateway Gateway { get; }

    /// <summary>The REST side.</summary>
    public FakeRest Rest { get; }

    /// <summary>
    /// Discord's clock: the time requests are stamped with (<see cref="RecordedRequest.At"/>), ids are
    /// minted from, and <see cref="FakeRest.CallbackWindow"/> is judged by. A test that runs the bot on a
    /// FakeTimeProvider gives the fake the same one, so "within 3 s" is read on one clock that only the
    /// test moves.
    /// </summary>
    public TimeProvider Time { get; }

    /// <summary>Starts Kestrel on a free loopback port.</summary>
    /// <param name="time">Discord's clock (see <see cref="Time"/>); the wall clock when null.</param>
    public static async Task<FakeDiscordServer> StartAsync(string token = "fake-bot-token", ulong applicationId = 1302123456789012345, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var server = new FakeDiscordServer(app, token, applicationId, time ?? TimeProvider.System);

        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        app.Map("/gateway", (HttpContext c) => server.Gateway.AcceptAsync(c));
        app.Map("/resume", (HttpContext c) => server.Gateway.AcceptAsync(c));
        app.Map("/api/v10/{**path}", (HttpContext c, string? path) => server.Rest.HandleAsync(c, "/" + (path ?? "")));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        server.ApiBaseUrl = new Uri($"http://127.0.0.1:{port}/api/v10");
        server.GatewayUrl = new Uri($"ws://127.0.0.1:{port}/gateway");
        server.ResumeGatewayUrl = new Uri($"ws://127.0.0.1:{port}/resume");
        return server;
    }

    /// <summary>Stops Kestrel (open WebSockets are aborted after a short grace period).</summary>
    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _app.StopAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            // Lingering connections are cut; that is fine for a fake.
        }
        await _app.DisposeAsync();
    }
}
