using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RunWell.Discord.Gateway;
using RunWell.Discord.Interactions;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Gateway;

/// <summary>
/// The session's state machine on its own: frames in, one <see cref="FrameResult"/> out, the session
/// kept; no socket, no clock but a fake one.
/// </summary>
public sealed class SessionMachineTests : IDisposable
{
    private const string Token = "machine-token";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 7, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;
    private readonly GatewaySession _session = new();
    private readonly Channel<GatewayEvent> _events = Channel.CreateUnbounded<GatewayEvent>();
    private readonly SessionMachine _machine;

    public SessionMachineTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddRunWellDiscord(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Token"] = Token }).Build());
        services.AddScoped<IDiscordInteractionHandler, TestHandler>();
        _services = services.BuildServiceProvider();
        _machine = new SessionMachine(_services.GetRequiredService<IOptions<DiscordOptions>>().Value, _session, _events.Writer,
            _services.GetRequiredService<InteractionInbox>(), _services.GetRequiredService<GatewayStatus>(),
            _services.GetRequiredService<DiscordMetrics>(), NullLogger.Instance);
    }

    [Fact]
    public void Hello_on_a_new_session_starts_heartbeats_and_identifies()
    {
        var result = Handle("""{"op":10,"d":{"heartbeat_interval":41250}}""");

        Assert.Equal(TimeSpan.FromMilliseconds(41250), result.HelloInterval);
        using var sent = JsonDocument.Parse(result.Send!);
        Assert.Equal(2, sent.RootElement.GetProperty("op").GetInt32());
        Assert.Equal(Token, sent.RootElement.GetProperty("d").GetProperty("token").GetString());
        Assert.Null(result.Outcome);
    }

    [Fact]
    public void Ready_keeps_the_session_and_the_next_hello_resumes_it_at_the_last_sequence()
    {
        var ready = Handle("""{"op":0,"s":1,"t":"READY","d":{"session_id":"abc","resume_gateway_url":"wss://resume.example","application":{"id":"1302123456789012345"},"guilds":[]}}""");
        Handle("""{"op":0,"s":2,"t":"TYPING_START","d":{}}""");

        Assert.True(ready.Healthy);
        Assert.True(_services.GetRequiredService<GatewayStatus>().IsConnected);
        Assert.Equal(("abc", new Uri("wss://resume.example"), 2), (_session.SessionId, _session.ResumeUrl, _session.Sequence));
        Assert.True(_events.Reader.TryRead(out var published));
        Assert.IsType<SessionReady>(published);

        using var sent = JsonDocument.Parse(Handle("""{"op":10,"d":{"heartbeat_interval":41250}}""").Send!);
        Assert.Equal(6, sent.RootElement.GetProperty("op").GetInt32());
        Assert.Equal("abc", sent.RootElement.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(2, sent.RootElement.GetProperty("d").GetProperty("seq").GetInt32());
    }

    [Fact]
    public void A_frame_it_cannot_read_throws_and_leaves_the_session_and_its_sequence_as_they_were()
    {
        Handle("""{"op":0,"s":5,"t":"TYPING_START","d":{}}""");

        Assert.Throws<BadFrameException>(() => Handle("not json"));
        Assert.Throws<BadFrameException>(() => Handle("""{"op":0,"s":6,"t":"READY","d":{"session_id":"abc","application":{"id":"1"}}}"""));

        Assert.Equal(5, _session.Sequence);
        Assert.Null(_session.SessionId);
    }

    [Theory]
    [InlineData("""{"op":7,"d":null}""", "Resume")]
    [InlineData("""{"op":9,"d":true}""", "Resume")]
    [InlineData("""{"op":9,"d":false}""", "ReidentifyAfterDelay")]
    public void Reconnect_and_invalid_session_end_the_connection_the_way_discord_asks(string frame, string expected) =>
        Assert.Equal(Enum.Parse<ConnectionOutcome>(expected), Handle(frame).Outcome);

    [Fact]
    public void A_heartbeat_request_and_an_ack_are_reported_to_the_loop()
    {
        Assert.True(Handle("""{"op":1,"d":null}""").BeatNow);
        Assert.True(Handle("""{"op":11}""").Acked);
    }

    [Fact]
    public void An_interaction_is_handed_to_the_inbox_stamped_with_its_receipt_time_without_waiting()
    {
        var interaction = FakeInteractions.SlashCommand(1302123456789012345, "checkin").CreatedAt(_time.GetUtcNow());
        var receivedAt = _time.GetUtcNow();

        var result = Handle($$"""{"op":0,"s":3,"t":"INTERACTION_CREATE","d":{{interaction.ToJsonString()}}}""");

        Assert.Equal(default, result);
        var snapshot = _services.GetRequiredService<InteractionInbox>().Snapshot(receivedAt);
        Assert.Equal((1, receivedAt), (snapshot.Queued, snapshot.OldestQueuedAt));
        Assert.Equal(3, _session.Sequence);
    }

    public void Dispose() => _services.Dispose();

    private FrameResult Handle(string frame) => _machine.Handle(Encoding.UTF8.GetBytes(frame), _time.GetUtcNow());
}
