using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RunWell.Discord.Gateway;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Gateway;

public sealed class CloseCodeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Fatal_close_codes_stop_the_host_without_reconnecting(int code)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.WaitForSessionAsync(Wait);

        await fake.Gateway.CloseAsync(code);

        await bot.Fatal.Stopped.WaitAsync(Wait);
        // The gateway service has ended: nothing can open another connection now.
        await bot.Host.Services.GetServices<IHostedService>().OfType<GatewayService>().Single().ExecuteTask!.WaitAsync(Wait);
        Assert.Equal(1, fake.Gateway.Connections);
        var logs = bot.AllLogText();
        Assert.Contains(CloseCodes.FatalReason(code), logs, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Token, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_logs_the_token_hint_and_never_the_token()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        const string wrong = "wrong-token-Abc123.secret";
        await using var bot = await BotHost.StartAsync(fake, token: wrong);

        await bot.Fatal.Stopped.WaitAsync(Wait);

        var logs = bot.AllLogText();
        Assert.Contains("Discord rejected the bot token — check Discord:Token", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, logs, StringComparison.Ordinal);
        Assert.Equal(0, fake.Gateway.Connections);
    }

    [Fact]
    public void The_real_fatal_stop_sets_a_non_zero_exit_code_and_stops_the_host()
    {
        var lifetime = new StubLifetime();
        var previous = Environment.ExitCode;
        try
        {
            new HostFatalStop(lifetime).Stop();
            Assert.NotEqual(0, Environment.ExitCode);
            Assert.True(lifetime.StopRequested);
        }
        finally
        {
            Environment.ExitCode = previous;
        }
    }

    [Theory]
    [InlineData(4000, 6)]
    [InlineData(4001, 6)]
    [InlineData(4002, 6)]
    [InlineData(4003, 6)]
    [InlineData(4005, 6)]
    [InlineData(4008, 6)]
    [InlineData(4007, 2)]
    [InlineData(4009, 2)]
    public async Task Reconnectable_close_codes_reconnect(int code, int expectedOp)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.WaitForSessionAsync(Wait);

        await fake.Gateway.CloseAsync(code);

        var next = await fake.Gateway.Received.WaitForAsync(p => p.Connection == 2 && p.Op is 2 or 6, Wait);
        Assert.Equal(expectedOp, next.Op);
        Assert.False(bot.Fatal.Stopped.IsCompleted);
    }

    [Fact]
    public void Backoff_grows_exponentially_and_caps()
    {
        var b = TimeSpan.FromSeconds(1);
        var cap = TimeSpan.FromSeconds(60);
        Assert.Equal(TimeSpan.Zero, ReconnectBackoff.Delay(0, b, cap, 0.5));
        var delays = Enumerable.Range(1, 10).Select(a => ReconnectBackoff.Delay(a, b, cap, 0.5)).ToList();
        Assert.Equal(TimeSpan.FromSeconds(1), delays[0]);
        Assert.Equal(TimeSpan.FromSeconds(2), delays[1]);
        Assert.Equal(TimeSpan.FromSeconds(4), delays[2]);
        Assert.Equal(cap, delays[^1]);
        Assert.True(ReconnectBackoff.Delay(3, b, cap, 0.0) < ReconnectBackoff.Delay(3, b, cap, 0.99)); // jitter spreads it
        Assert.True(ReconnectBackoff.Delay(40, b, cap, 0.99) <= cap);
    }

    [Fact]
    public async Task Repeated_failures_wait_longer_each_time()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, tune: t =>
        {
            t.ReconnectBackoffBase = TimeSpan.FromMilliseconds(40);
            t.ReconnectBackoffCap = TimeSpan.FromMilliseconds(400);
            t.Jitter = () => 0.5;
        });
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.WaitForSessionAsync(Wait);

        fake.Gateway.CloseNewConnectionsWith = 4000;
        fake.Gateway.Drop();
        await fake.Gateway.ConnectionTimes.WaitForCountAsync(_ => true, 6, Wait);

        // The waits the client chose (event 302), not wall-clock gaps between connections: those
        // depend on how busy the machine is.
        var delays = bot.Logs.GetSnapshot().Where(r => r.Id.Id == 302)
            .Select(r => double.Parse(System.Text.RegularExpressions.Regex.Match(r.Message, @"in ([0-9.]+) ms").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(delays.Count >= 4, $"delays: {string.Join(", ", delays)}");
        Assert.All(delays.Zip(delays.Skip(1)), pair => Assert.True(pair.Second >= pair.First, $"delays: {string.Join(", ", delays)}"));
        Assert.True(delays[^1] > delays[0] * 2, $"delays: {string.Join(", ", delays)}");
        Assert.All(delays, d => Assert.True(d <= 400));
    }

    private sealed class StubLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        public bool StopRequested { get; private set; }
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() => StopRequested = true;
    }
}
