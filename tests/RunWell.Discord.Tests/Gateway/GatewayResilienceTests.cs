using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Gateway;

/// <summary>No silent hangs, no frame that ends the process, and restarts that resume.</summary>
public sealed class GatewayResilienceTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static Action<DiscordTuning> Short => t =>
    {
        t.HandshakeTimeout = TimeSpan.FromSeconds(2);
        t.HelloTimeout = TimeSpan.FromMilliseconds(400);
        t.ReadyTimeout = TimeSpan.FromMilliseconds(400);
    };

    private static async Task AnswersAsync(FakeDiscordServer fake)
    {
        var ping = FakeInteractions.SlashCommand(fake.ApplicationId, "ping");
        await fake.Gateway.SendInteractionAsync(ping);
        var id = ping["id"]!.GetValue<string>();
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
    }

    [Fact]
    public async Task A_gateway_that_never_sends_HELLO_is_dropped_and_the_bot_comes_back()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Gateway.WithholdHello = true;
        await using var bot = await BotHost.StartAsync(fake, tune: Short);
        await fake.Gateway.WaitForConnectionsAsync(1, Wait);

        fake.Gateway.WithholdHello = false;

        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2 && p.Connection >= 2, Wait);
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);
        await AnswersAsync(fake);
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Id.Id == 210 && r.Message.Contains("HELLO", StringComparison.Ordinal));
        Assert.DoesNotContain(1000, fake.Gateway.ClientCloses.All);
    }

    [Fact]
    public async Task An_identify_that_never_gets_READY_is_dropped_and_retried()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Gateway.WithholdReady = true;
        await using var bot = await BotHost.StartAsync(fake, tune: Short);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);

        fake.Gateway.WithholdReady = false;

        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2 && p.Connection >= 2, Wait);
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);
        await AnswersAsync(fake);
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Id.Id == 210 && r.Message.Contains("READY", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("""{"op":0,"s":99,"t":"READY","d":{"session_id":"x","application":{"id":"1"}}}""")]
    [InlineData("""{"op":"ten","d":null}""")]
    public async Task A_malformed_frame_is_contained_the_session_resumes_and_the_bot_answers(string frame)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, tune: t => t.ResumeWindow = TimeSpan.FromSeconds(30));
        await fake.WaitForSessionAsync(Wait);

        await fake.Gateway.SendRawAsync(frame);

        var resume = await fake.Gateway.Received.WaitForAsync(p => p.Op == 6, Wait);
        await AnswersAsync(fake);
        // The frame's "s" (99) must not become the resume point: events 2..98 would never be replayed.
        Assert.True(resume.D.GetProperty("seq").GetInt32() < 99);
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Id.Id == 211);
        Assert.False(bot.Fatal.Stopped.IsCompleted);
        Assert.Equal(1, fake.Gateway.Received.Count(p => p.Op == 2));
    }

    [Fact]
    public async Task An_unexpected_failure_of_the_gateway_stops_the_host_as_a_failure_with_one_clear_line()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        // GET /gateway/bot answers 200 with a body that is no gateway description.
        fake.Rest.FailNext(FakeRoute.GetGatewayBot, new FakeFault(200));
        await using var bot = await BotHost.StartAsync(fake);

        await bot.Fatal.Stopped.WaitAsync(Wait);
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Id.Id == 306 && r.Level == Microsoft.Extensions.Logging.LogLevel.Critical);
    }

    [Fact]
    public async Task A_planned_restart_resumes_without_identifying_and_receives_what_was_sent_meanwhile()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var store = new MemorySessionStore();
        Action<IServiceCollection> withStore = s => s.AddSingleton<IGatewaySessionStore>(store);
        Action<DiscordTuning> window = t => t.ResumeWindow = TimeSpan.FromSeconds(60);

        var first = await BotHost.StartAsync(fake, tune: window, services: withStore);
        await fake.WaitForSessionAsync(Wait);
        await first.DisposeAsync();
        Assert.NotNull(store.Saved);

        // Sent while no process is connected: Discord keeps it for the resume.
        var missed = FakeInteractions.SlashCommand(fake.ApplicationId, "missed");
        await fake.Gateway.SendInteractionAsync(missed);
        var missedId = missed["id"]!.GetValue<string>();

        await using var second = await BotHost.StartAsync(fake, tune: window, services: withStore);
        var resume = await fake.Gateway.Received.WaitForAsync(p => p.Op == 6, Wait);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == missedId, Wait);

        Assert.Equal(fake.Gateway.SessionId, resume.D.GetProperty("session_id").GetString());
        Assert.Equal(1, fake.Gateway.Received.Count(p => p.Op == 2));
        Assert.DoesNotContain(1000, fake.Gateway.ClientCloses.All);
    }

    [Fact]
    public async Task A_guild_create_marked_unavailable_is_not_availability()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var guilds = new RecordingGuildEvents();
        await using var bot = await BotHost.StartAsync(fake, services: s => s.AddSingleton<IGuildEvents>(guilds));
        await fake.WaitForSessionAsync(Wait);

        await fake.Gateway.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "1288000000000000009", ["unavailable"] = true });
        await fake.Gateway.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "1288000000000000001", ["name"] = "Club" });
        await fake.Gateway.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = "1288000000000000001" });
        await fake.Gateway.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "1288000000000000001", ["name"] = "Club" });

        // One guild's events are handled in the order they came.
        for (var i = 0; i < 250 && guilds.Events.Count < 3; i++)
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        Assert.Equal(["+1288000000000000001", "-1288000000000000001", "+1288000000000000001"], guilds.Events.ToArray());
    }

    private sealed class MemorySessionStore : IGatewaySessionStore
    {
        public SavedGatewaySession? Saved { get; private set; }

        public Task<SavedGatewaySession?> LoadAsync(CancellationToken ct) => Task.FromResult(Saved);

        public Task SaveAsync(SavedGatewaySession? session, CancellationToken ct)
        {
            Saved = session;
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingGuildEvents : IGuildEvents
    {
        public ConcurrentQueue<string> Events { get; } = new();

        public async Task GuildAvailableAsync(ulong guildId, string? name, CancellationToken ct)
        {
            // Slower than removal: concurrent handling would reorder the two.
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, ct);
            Events.Enqueue("+" + guildId);
        }

        public Task GuildRemovedAsync(ulong guildId, CancellationToken ct)
        {
            Events.Enqueue("-" + guildId);
            return Task.CompletedTask;
        }
    }
}
