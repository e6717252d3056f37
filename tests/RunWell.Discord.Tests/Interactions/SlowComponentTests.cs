using System.Text.Json.Nodes;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Interactions;

/// <summary>A slow button handler must edit the pressed message, not open a new "thinking…" reply.</summary>
public sealed class SlowComponentTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static async Task<(FakeDiscordServer Fake, BotHost Bot)> StartAsync(Func<FakeDiscordServer, Func<DiscordInteraction, CancellationToken, Task<InteractionResponse>>> behaviour)
    {
        var fake = await FakeDiscordServer.StartAsync();
        var bot = await BotHost.StartAsync(fake);
        bot.Handler.Behaviour = behaviour(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);
        return (fake, bot);
    }

    /// <summary>A handler slower than the deferral, by construction rather than by a clock: it answers only once Discord has the deferral.</summary>
    private static Func<FakeDiscordServer, Func<DiscordInteraction, CancellationToken, Task<InteractionResponse>>> Slowly(InteractionResponse response) => fake => async (interaction, ct) =>
    {
        var id = interaction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait).WaitAsync(ct);
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
        // A handler that would run for ever: only the dropped deferral can end it (by cancelling it).
        var (fake, bot) = await StartAsync(_ => async (_, ct) =>
        {
            await Poll.UntilCancelledAsync(ct);
            return InteractionResponse.Update(DiscordMessage.Text("Deleted."));
        });
        await using (fake)
        await using (bot)
        {
            fake.Rest.FailNext(FakeRoute.InteractionCallback, new FakeFault(404, 10062));
            var press = FakeInteractions.Button(fake.ApplicationId, "privacy:delete:confirm");
            await fake.Gateway.SendInteractionAsync(press);
            var id = press["id"]!.GetValue<string>();

            // The runner is done with it once it logs the handler cancelled (409), or not started (408, on a slow
            // machine): whatever it would send is sent by then.
            await WaitForLogAsync(bot, id);

            Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.InteractionCallback));
            Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route is FakeRoute.EditOriginal or FakeRoute.CreateFollowup));
        }
    }

    private static async Task WaitForLogAsync(BotHost bot, string interactionId)
    {
        await Poll.UntilAsync(() => bot.Logs.GetSnapshot().Any(r => r.Id.Id is 408 or 409 && r.Message.Contains(interactionId, StringComparison.Ordinal)), Wait);
    }
}
