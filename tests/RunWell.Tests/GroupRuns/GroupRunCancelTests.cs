using System.Text.Json;
using RunWell.Domain.GroupRuns;
using RunWell.FakeDiscord;
using RunWell.Tests.Delivery;

namespace RunWell.Tests.GroupRuns;

/// <summary>/grouprun cancel: who may, and what it undoes; and the path without the events permission.</summary>
public sealed class GroupRunCancelTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static async Task<(GroupRunBot Bot, GroupRun Run)> PlannedAsync()
    {
        var bot = await GroupRunBot.StartAsync(Thursday, members: [(GroupRunBot.Bea, "UTC")]);
        await bot.CreateAsync("sat 10:00", "Park gate");
        var run = Assert.Single(await bot.RunsAsync());
        await bot.WaitForChannelPostsAsync("**Group run**", 1);
        await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Bea);
        return (bot, run);
    }

    [Fact]
    public async Task Another_member_is_refused_and_does_not_even_see_the_run_in_the_autocomplete()
    {
        var (bot, run) = await PlannedAsync();
        await using var _ = bot;

        var choices = await bot.SendAsync(AsUser(FakeInteractions.Autocomplete(bot.Fake.ApplicationId, "grouprun", "run", "", "cancel"), GroupRunBot.Cy));
        var refused = await bot.CommandAsync("cancel", GroupRunBot.Cy, GroupRunBot.Member, options: [("run", 3, GroupRunBot.Id(run.Id))]);

        Assert.Equal(0, choices.GetProperty("data").GetProperty("choices").GetArrayLength());
        Assert.Contains("Only whoever planned this run, or an admin", GroupRunBot.Content(refused), StringComparison.Ordinal);
        Assert.Single(bot.Fake.Rest.ScheduledEvents.Current);
        Assert.Equal(GroupRunStatus.Scheduled, Assert.Single(await bot.RunsAsync()).Status);
    }

    [Fact]
    public async Task The_creator_cancels_deletes_the_event_edits_the_announcement_and_tells_those_who_said_im_in()
    {
        var (bot, run) = await PlannedAsync();
        await using var _ = bot;
        var choices = await bot.SendAsync(AsUser(FakeInteractions.Autocomplete(bot.Fake.ApplicationId, "grouprun", "run", "park", "cancel"), GroupRunBot.Ann));
        Assert.Equal(GroupRunBot.Id(run.Id), choices.GetProperty("data").GetProperty("choices")[0].GetProperty("value").GetString());
        await DeliveryHost.UntilAsync(async () => (await bot.Host.OutboxAsync()).All(o => o.SentMessageId is not null));

        var reply = await bot.CommandAsync("cancel", options: [("run", 3, GroupRunBot.Id(run.Id))]);

        Assert.Contains("Cancelled the group run", GroupRunBot.Content(reply), StringComparison.Ordinal);
        Assert.Empty(bot.Fake.Rest.ScheduledEvents.Current);
        var edit = Assert.Single(bot.Fake.Rest.Requests.All, r => r.Route == FakeRoute.EditMessage);
        Assert.Contains("**Cancelled**", edit.Json!.Value.GetProperty("content").GetString(), StringComparison.Ordinal);
        // An edit that leaves "components" out keeps the buttons on Discord: they must be cleared explicitly.
        Assert.Equal(0, edit.Json!.Value.GetProperty("components").GetArrayLength());
        var dm = await bot.Host.WaitForOutboxAsync(o => o.Kind == Domain.Posts.PostKind.GroupRunCancelled && o.SentMessageId is not null);
        Assert.Equal(GroupRunBot.Bea, dm.DirectMessageUserId);
        Assert.Equal(GroupRunStatus.Cancelled, Assert.Single(await bot.RunsAsync()).Status);
    }

    [Fact]
    public async Task An_admin_may_cancel_a_run_someone_else_planned()
    {
        var (bot, run) = await PlannedAsync();
        await using var _ = bot;

        var reply = await bot.CommandAsync("cancel", GroupRunBot.Cy, GroupRunBot.Admin, options: [("run", 3, GroupRunBot.Id(run.Id))]);

        Assert.Contains("Cancelled the group run", GroupRunBot.Content(reply), StringComparison.Ordinal);
        Assert.Empty(bot.Fake.Rest.ScheduledEvents.Current);
    }

    [Fact]
    public async Task Without_create_events_the_announcement_still_goes_out_and_the_creator_and_status_say_why()
    {
        await using var bot = await GroupRunBot.StartAsync(Thursday);

        // app_permissions with View Channel, Send Messages, Embed Links, Attach Files but no event permission.
        var known = await bot.CreateAsync("sat 10:00", "Park gate", appPermissions: "52224");
        bot.Fake.Rest.ScheduledEvents.MissingPermission = true;
        var refused = await bot.CreateAsync("sun 10:00", "Beach");

        Assert.Contains("**Create Events**", GroupRunBot.Content(known), StringComparison.Ordinal);
        Assert.Contains("**Create Events**", GroupRunBot.Content(refused), StringComparison.Ordinal);
        Assert.Equal(1, bot.Fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateScheduledEvent));
        Assert.Empty(bot.Fake.Rest.ScheduledEvents.Current);
        Assert.All(await bot.RunsAsync(), r => Assert.Equal(GroupRunEventState.MissingPermission, r.EventState));
        await bot.WaitForChannelPostsAsync("**Group run**", 2);

        var status = await bot.SendAsync(AsUser(FakeInteractions.SlashCommand(bot.Fake.ApplicationId, "runwell", ["status"]), GroupRunBot.Ann, "32", "52224"));
        Assert.Contains("Create Events", GroupRunBot.Content(status), StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject AsUser(System.Text.Json.Nodes.JsonObject interaction, ulong user, string permissions = "0", string? app = null)
    {
        interaction["member"]!["user"]!["id"] = user.ToString(System.Globalization.CultureInfo.InvariantCulture);
        interaction["member"]!["permissions"] = permissions;
        if (app is not null)
            interaction["app_permissions"] = app;
        return interaction;
    }
}
