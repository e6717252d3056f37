using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Gateway;

public sealed class GatewaySessionTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Identifies_with_token_intents_and_library_properties_then_reads_READY()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);

        var identify = await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        Assert.Equal(fake.Token, identify.D.GetProperty("token").GetString());
        Assert.Equal(65537, identify.D.GetProperty("intents").GetInt32()); // GUILDS | GUILD_SCHEDULED_EVENTS (group runs count "Interested")
        Assert.Equal("RunWell", identify.D.GetProperty("properties").GetProperty("browser").GetString());
        Assert.Equal("RunWell", identify.D.GetProperty("properties").GetProperty("device").GetString());

        // READY delivered the application id: an interaction is answered through it.
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);
        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "ping"));
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback, Wait);
    }

    [Fact]
    public async Task Beats_carry_the_last_sequence()
    {
        // The bot and the fake share a clock that only this test moves, so a beat goes out when the test
        // advances it and never goes missing. On the wall clock a 100-ms beat under CPU load missed its ACK,
        // and the zombie reconnects that followed kept the session from coming up within the wait.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var fake = await FakeDiscordServer.StartAsync(time: time);
        fake.Gateway.HeartbeatInterval = TimeSpan.FromMilliseconds(100);
        await using var bot = await BotHost.StartAsync(fake, tune: t => t.Jitter = () => 0.5, services: s => s.AddSingleton<TimeProvider>(time));
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);

        await fake.Gateway.DispatchAsync("TYPING_START", new JsonObject());
        // The client reads in order: once the interaction sent after it is answered, both were read.
        var ping = FakeInteractions.SlashCommand(fake.ApplicationId, "ping").CreatedAt(time.GetUtcNow());
        var last = await fake.Gateway.SendInteractionAsync(ping);
        var id = ping["id"]!.GetValue<string>();
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);

        // The first beat is due half an interval after HELLO (jitter 0.5); nothing has moved the clock yet.
        time.Advance(TimeSpan.FromMilliseconds(100));

        var beat = await fake.Gateway.Received.WaitForAsync(p => p.Op == 1, Wait);
        Assert.Equal(last, beat.D.GetInt32());
    }

    [Fact]
    public async Task Server_heartbeat_request_is_answered_at_once()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(30);
        await using var bot = await BotHost.StartAsync(fake, tune: t => t.Jitter = () => 0.99);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        Assert.Equal(0, fake.Gateway.Received.Count(p => p.Op == 1));

        await fake.Gateway.RequestHeartbeatAsync();

        await fake.Gateway.Received.WaitForAsync(p => p.Op == 1, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Missing_heartbeat_ack_is_a_zombie_and_the_session_is_resumed()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Gateway.HeartbeatInterval = TimeSpan.FromMilliseconds(100);
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 1, Wait);
        var session = fake.Gateway.SessionId;

        fake.Gateway.AckHeartbeats = false;
        var resume = await fake.Gateway.Received.WaitForAsync(p => p.Op == 6, Wait);

        // Resumed rather than re-identified (how soon is HeartbeatTests' business, on a fake clock).
        Assert.Equal(session, resume.D.GetProperty("session_id").GetString());
        Assert.Equal(1, fake.Gateway.Received.Count(p => p.Op == 2));
        Assert.DoesNotContain(1000, fake.Gateway.ClientCloses.All);
    }

    [Fact]
    public async Task A_drop_resumes_replays_missed_events_and_handles_each_interaction_once()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);

        var first = FakeInteractions.SlashCommand(fake.ApplicationId, "first");
        await fake.Gateway.SendInteractionAsync(first);
        var firstId = ulong.Parse(first["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == firstId.ToString(System.Globalization.CultureInfo.InvariantCulture), Wait);

        fake.Gateway.ReplayOverlap = 2; // the replay also re-sends the first interaction
        fake.Gateway.Drop();
        var missed = FakeInteractions.SlashCommand(fake.ApplicationId, "missed");
        await fake.Gateway.SendInteractionAsync(missed);
        var missedId = missed["id"]!.GetValue<string>();

        await fake.Gateway.Received.WaitForAsync(p => p.Op == 6, Wait);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == missedId, Wait);
        // The replayed copy of the first came before the missed one on the socket: once the bot is idle,
        // it was either skipped or handled, never still on its way.
        await bot.WhenIdleAsync(Wait);

        Assert.Equal(1, bot.Handler.Count(firstId));
        Assert.Equal(1, bot.Handler.Count(ulong.Parse(missedId, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(1, fake.Gateway.Received.Count(p => p.Op == 2));
    }

    [Fact]
    public async Task Reconnect_request_resumes_on_the_resume_url()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.WaitForSessionAsync(Wait);

        await fake.Gateway.SendReconnectAsync();

        var resume = await fake.Gateway.Received.WaitForAsync(p => p.Op == 6, Wait);
        Assert.Equal(2, resume.Connection);
        Assert.Equal(1, fake.Gateway.Received.Count(p => p.Op == 2));
        Assert.DoesNotContain(1000, fake.Gateway.ClientCloses.All);
    }

    [Theory]
    [InlineData(true, 6)]
    [InlineData(false, 2)]
    public async Task Invalid_session_resumes_when_resumable_and_identifies_otherwise(bool resumable, int expectedOp)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.WaitForSessionAsync(Wait);

        await fake.Gateway.SendInvalidSessionAsync(resumable);

        var next = await fake.Gateway.Received.WaitForAsync(p => p.Connection == 2 && p.Op is 2 or 6, Wait);
        Assert.Equal(expectedOp, next.Op);
    }

    [Fact]
    public async Task A_failed_resume_falls_back_to_identify()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.WaitForSessionAsync(Wait);

        fake.Gateway.InvalidateSessionOnNextResume();
        fake.Gateway.Drop();

        var resume = await fake.Gateway.Received.WaitForAsync(p => p.Op == 6, Wait);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2 && p.Connection > resume.Connection, Wait);
    }

    [Fact]
    public async Task Two_identifies_of_one_process_are_at_least_the_identify_spacing_apart()
    {
        // The bot and the fake share a clock that only this test moves, so the gap is read on the clock the
        // bot waits on. On the wall clock a first connection slow to set up under load shrank the measured
        // gap (once 289 ms of a 600-ms spacing) although the bot had waited the whole spacing.
        var spacing = TimeSpan.FromMilliseconds(600);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var fake = await FakeDiscordServer.StartAsync(time: time);
        await using var bot = await BotHost.StartAsync(fake, services: s => s.AddSingleton<TimeProvider>(time), tune: t => t.IdentifySpacing = spacing);
        var first = await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);

        // A session invalidated at once (op 9 false) must not turn into an Identify loop. The reconnect
        // backoff runs on the same clock, so the clock moves in small steps, never more than half the
        // spacing, until the bot says it is waiting out the spacing from its first Identify.
        await fake.Gateway.SendInvalidSessionAsync(false);
        var step = TimeSpan.FromMilliseconds(10);
        var moved = TimeSpan.Zero;
        await Poll.UntilAsync(() => bot.Logs.GetSnapshot().Any(r => r.Id.Id == 310), Wait, () =>
        {
            if (moved < spacing / 2)
            {
                time.Advance(step);
                moved += step;
            }
        });
        Assert.DoesNotContain(fake.Gateway.Received.All, p => p.Op == 2 && p.Connection > first.Connection);

        // The bot logs just before it starts its delay, so the clock goes on in the same small steps: a
        // step taken before the delay exists only makes the bot wait longer, never less than the spacing.
        GatewayPayload? second = null;
        await Poll.UntilAsync(() => (second = fake.Gateway.Received.All.FirstOrDefault(p => p.Op == 2 && p.Connection > first.Connection)) is not null, Wait, () => time.Advance(step));
        Assert.True(second!.At - first.At >= spacing, $"identifies {(second.At - first.At).TotalMilliseconds} ms apart");
    }

    [Fact]
    public async Task An_unreachable_resume_url_gives_way_to_a_new_session_on_the_discovery_url()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.ResumeGatewayUrl = new Uri("ws://127.0.0.1:1/resume"); // nothing listens there
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.WaitForSessionAsync(Wait);

        fake.Gateway.Drop();

        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2 && p.Connection > 1, Wait);
        Assert.Equal(0, fake.Gateway.Received.Count(p => p.Op == 6));
    }

    [Fact]
    public async Task Host_stop_closes_the_socket_with_a_code_that_keeps_the_session_resumable()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);

        await bot.DisposeAsync();

        // 1000 would end the session; a planned restart must be able to resume it.
        Assert.Equal(4900, await fake.Gateway.ClientCloses.WaitForAsync(_ => true, Wait));
    }
}
