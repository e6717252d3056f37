using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunWell.Discord.Interactions;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Interactions;

/// <summary>
/// The bot and the fake Discord share a fake clock. BotHost defers after 300 ms; on the wall clock a handler
/// that answers "at once" loses that race whenever the machine stalls the worker for 300 ms (seen under CPU
/// load: the failing handler's apology arrived after a deferral). On the fake clock the deferral is sent only
/// when a test moves time, so which callback comes first is decided by the test, not by the scheduler.
/// </summary>
public sealed class InteractionPipelineTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static async Task<(FakeDiscordServer Fake, BotHost Bot, FakeTimeProvider Time)> StartAsync(Action<TestHandler> setup)
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var fake = await FakeDiscordServer.StartAsync(time: time);
        var bot = await BotHost.StartAsync(fake, services: s => s.AddSingleton<TimeProvider>(time));
        setup(bot.Handler);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait); // READY processed
        return (fake, bot, time);
    }

    /// <summary>Sends the interaction created at the shared clock's now (Discord mints ids from its own clock).</summary>
    private static async Task<string> SendAsync(FakeDiscordServer fake, JsonObject interaction)
    {
        await fake.Gateway.SendInteractionAsync(interaction.CreatedAt(fake.Time.GetUtcNow()));
        return interaction["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_quick_handler_is_answered_with_a_type_4_message()
    {
        var (fake, bot, _) = await StartAsync(h => h.Behaviour = (_, _) => Task.FromResult(InteractionResponse.Reply(DiscordMessage.Text("Logged 20 min"))));
        await using (fake)
        await using (bot)
        {
            var id = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"], ("minutes", 4, 20)));

            var callback = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
            Assert.Equal(4, callback.Json!.Value.GetProperty("type").GetInt32());
            Assert.Equal("Logged 20 min", callback.Json.Value.GetProperty("data").GetProperty("content").GetString());
            Assert.Equal(0, callback.Json.Value.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
            Assert.Null(callback.Header("Authorization"));
            await bot.WhenIdleAsync(Wait);
            Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route == FakeRoute.EditOriginal));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_slow_handler_is_deferred_then_the_answer_edits_the_original(bool ephemeral)
    {
        var (fake, bot, time) = await StartAsync(h => h.Ephemeral = ephemeral);
        // Slow by construction: the answer is ready only once Discord has the deferral.
        bot.Handler.Behaviour = async (i, ct) =>
        {
            var id = i.Id.ToString(CultureInfo.InvariantCulture);
            await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait).WaitAsync(ct);
            return InteractionResponse.Reply(DiscordMessage.Text("weekly summary"));
        };
        await using (fake)
        await using (bot)
        {
            var id = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "summary"));
            // Once a worker runs it, its deadline timer is set (the inbox arms it before queueing), counting
            // from the receipt stamp: it fires on this advance.
            var inbox = bot.Host.Services.GetRequiredService<InteractionInbox>();
            await Poll.UntilAsync(() => inbox.Snapshot(DateTimeOffset.MinValue).Running == 1, Wait);
            time.Advance(TimeSpan.FromMilliseconds(300));

            var defer = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
            Assert.Equal(5, defer.Json!.Value.GetProperty("type").GetInt32());
            var flags = defer.Json.Value.TryGetProperty("data", out var data) && data.TryGetProperty("flags", out var f) ? f.GetInt32() : 0;
            Assert.Equal(ephemeral ? 64 : 0, flags);

            var edit = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.EditOriginal, Wait);
            Assert.Equal("weekly summary", edit.Json!.Value.GetProperty("content").GetString());
            Assert.True(edit.Json.Value.TryGetProperty("allowed_mentions", out _));
            Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.InteractionCallback));
        }
    }

    [Fact]
    public async Task A_failing_handler_gets_an_ephemeral_apology_and_an_error_log_and_the_connection_lives()
    {
        var (fake, bot, _) = await StartAsync(h => h.Behaviour = (_, _) => throw new InvalidOperationException("boom"));
        await using (fake)
        await using (bot)
        {
            var id = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "run"));

            var callback = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
            var data = callback.Json!.Value.GetProperty("data");
            Assert.Equal(4, callback.Json.Value.GetProperty("type").GetInt32());
            Assert.Equal(64, data.GetProperty("flags").GetInt32());
            Assert.Contains("Sorry", data.GetProperty("content").GetString(), StringComparison.Ordinal);
            Assert.Contains(bot.Logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error && r.Exception is InvalidOperationException);

            bot.Handler.Behaviour = (_, _) => Task.FromResult(InteractionResponse.Reply(DiscordMessage.Text("fine again")));
            var next = await SendAsync(fake, FakeInteractions.SlashCommand(fake.ApplicationId, "run"));
            await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == next, Wait);
            Assert.Equal(1, fake.Gateway.Connections);
        }
    }

    [Fact]
    public async Task Autocomplete_is_answered_with_type_8_choices()
    {
        var (fake, bot, _) = await StartAsync(h => h.Behaviour = (i, _) => Task.FromResult(InteractionResponse.Autocomplete(
            [ApplicationCommandChoice.Of("jog-walk", "jog-walk"), ApplicationCommandChoice.Of("tempo", "tempo")])));
        await using (fake)
        await using (bot)
        {
            var id = await SendAsync(fake, FakeInteractions.Autocomplete(fake.ApplicationId, "run", "kind", "jo"));

            var callback = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
            Assert.Equal(8, callback.Json!.Value.GetProperty("type").GetInt32());
            Assert.Equal(2, callback.Json.Value.GetProperty("data").GetProperty("choices").GetArrayLength());
            var seen = Assert.Single(bot.Handler.Handled);
            Assert.Equal("kind", seen.Command!.Focused!.Name);
            Assert.Equal("jo", seen.Command.Focused.AsString());
        }
    }

    [Fact]
    public async Task A_button_press_can_update_its_message_with_type_7()
    {
        var (fake, bot, _) = await StartAsync(h => h.Behaviour = (i, _) => Task.FromResult(InteractionResponse.Update(DiscordMessage.Text("Deleted."))));
        await using (fake)
        await using (bot)
        {
            var id = await SendAsync(fake, FakeInteractions.Button(fake.ApplicationId, "privacy:delete:confirm", 1310987654321090000));

            var callback = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
            Assert.Equal(7, callback.Json!.Value.GetProperty("type").GetInt32());
            var seen = Assert.Single(bot.Handler.Handled);
            Assert.Equal("privacy:delete:confirm", seen.Component!.CustomId);
            Assert.Equal(1310987654321090000UL, seen.MessageId);
            Assert.Equal(id, seen.Id.ToString(CultureInfo.InvariantCulture));
        }
    }

}
