using System.Text.Json.Nodes;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Interactions;

/// <summary>A slow button handler must edit the pressed message, not open a new "thinking…" reply.</summary>
public sealed class SlowComponentTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static async Task<(FakeDiscordServer Fake, BotHost Bot)> StartAsync(Func<DiscordInteraction, CancellationToken, Task<InteractionResponse>> behaviour)
    {
        var fake = await FakeDiscordServer.StartAsync();
        var bot = await BotHost.StartAsync(fake);
        bot.Handler.Behaviour = behaviour;
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);
        return (fake, bot);
    }

    private static Func<DiscordInteraction, CancellationToken, Task<InteractionResponse>> Slowly(InteractionResponse response) => async (_, ct) =>
    {
        await Task.Delay(TimeSpan.FromMilliseconds(700), TimeProvider.System, ct);
        return response;
    };

    [Fact]
    public async Task A_slow_button_that_updates_its_message_is_deferred_with_type_6_then_edits_the_original()
    {
        var (fake, bot) = await StartAsync(Slowly(InteractionResponse.Update(DiscordMessage.Text("Deleted."))));
        await using (fake)
        await using (bot)
        {
            JsonObject press = FakeInteractions.Button(fake.ApplicationId, "privacy:delete:confirm");
            await fake.Gateway.SendInteractionAsync(press);
            var id = press["id"]!.GetValue<string>();

            var defer = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
            Assert.Equal(6, defer.Json!.Value.GetProperty("type").GetInt32());
            var edit = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.EditOriginal, Wait);
            Assert.Equal("Deleted.", edit.Json!.Value.GetProperty("content").GetString());
            Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.InteractionCallback));
            Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateFollowup));
        }
    }

    [Fact]
    public async Task A_slow_button_that_replies_is_deferred_with_type_6_then_posts_a_follow_up_and_leaves_the_message_alone()
    {
        var reply = DiscordMessage.Text("Here is your export.") with { Flags = DiscordMessageFlags.Ephemeral };
        var (fake, bot) = await StartAsync(Slowly(InteractionResponse.Reply(reply)));
        await using (fake)
        await using (bot)
        {
            JsonObject press = FakeInteractions.Button(fake.ApplicationId, "privacy:export");
            await fake.Gateway.SendInteractionAsync(press);
            var id = press["id"]!.GetValue<string>();

            var defer = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
            Assert.Equal(6, defer.Json!.Value.GetProperty("type").GetInt32());
            var followup = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.CreateFollowup, Wait);
            Assert.Equal("Here is your export.", followup.Json!.Value.GetProperty("content").GetString());
            Assert.Equal(64, followup.Json.Value.GetProperty("flags").GetInt32());
            Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route == FakeRoute.EditOriginal));
        }
    }

    [Fact]
    public async Task When_the_deferral_itself_fails_nothing_more_is_sent_for_that_interaction()
    {
        var (fake, bot) = await StartAsync(Slowly(InteractionResponse.Update(DiscordMessage.Text("Deleted."))));
        await using (fake)
        await using (bot)
        {
            fake.Rest.FailNext(FakeRoute.InteractionCallback, new FakeFault(404, 10062));
            await fake.Gateway.SendInteractionAsync(FakeInteractions.Button(fake.ApplicationId, "privacy:delete:confirm"));
            await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback, Wait);

            // Then a second interaction, answered normally, proves the first one was finished with.
            bot.Handler.Behaviour = (_, _) => Task.FromResult(InteractionResponse.Reply(DiscordMessage.Text("ok")));
            await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "help"));
            await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.InteractionCallback, 2, Wait);
            await Task.Delay(TimeSpan.FromMilliseconds(900), TimeProvider.System);

            Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route is FakeRoute.EditOriginal or FakeRoute.CreateFollowup));
        }
    }
}
