using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RunWell.FakeDiscord;

namespace RunWell.Tests.Discord;

/// <summary>The whole bot against a fake Discord: registration, interactions, storage.</summary>
public sealed class DiscordEndToEndTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_bot_registers_its_commands_and_answers_checkin_and_run_log()
    {
        await using var bot = await DiscordHost.StartAsync();
        var fake = bot.Fake;

        var put = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        var names = put.Json!.Value.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("checkin", names);
        Assert.Contains("runwell", names);
        var runwell = put.Json!.Value.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "runwell");
        Assert.Equal("32", runwell.GetProperty("default_member_permissions").GetString());

        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "checkin", null,
            ("mood", 4, 4), ("stress", 4, 7), ("energy", 4, 3)));
        var checkIn = await Callback(fake, 1);
        // A cold first command (EF model, SQLite open) may be deferred: the deadline runs from receipt.
        var checkInData = checkIn.GetProperty("type").GetInt32() == 5
            ? (await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.EditOriginal, Wait)).Json!.Value
            : checkIn.GetProperty("data");
        Assert.Equal(64, checkIn.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("Check-in saved: mood 4", checkInData.GetProperty("content").GetString());
        Assert.Equal(0, checkInData.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());

        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"],
            ("minutes", 4, 20), ("kind", 3, "jog-walk"), ("mood", 4, 7)));
        var run = await Callback(fake, 2);
        var runData = run.GetProperty("type").GetInt32() == 5
            ? (await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.EditOriginal, checkIn.GetProperty("type").GetInt32() == 5 ? 2 : 1, Wait)
                .ContinueWith(_ => fake.Rest.Requests.All.Last(r => r.Route == FakeRoute.EditOriginal), TaskScheduler.Default)).Json!.Value
            : run.GetProperty("data");
        Assert.Contains("Logged 20 min jog-walk", runData.GetProperty("content").GetString());
        Assert.Contains("mood 4 → 7", runData.GetProperty("content").GetString());

        await using var db = bot.Database.CreateContext();
        Assert.Equal(1, await db.CheckIns.CountAsync());
        Assert.Equal(FakeInteractions.UserId, (await db.Runs.SingleAsync()).UserId);
    }

    [Fact]
    public async Task Bad_input_over_discord_gets_a_private_explanation_and_stores_nothing()
    {
        await using var bot = await DiscordHost.StartAsync();
        var fake = bot.Fake;
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);

        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"], ("minutes", 4, 601)));
        var reply = await Callback(fake, 1);

        Assert.Equal(64, reply.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("**minutes** must be from 1 to 600", reply.GetProperty("data").GetProperty("content").GetString());
        await using var db = bot.Database.CreateContext();
        Assert.Equal(0, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task A_non_admin_is_refused_the_settings_even_when_the_interaction_arrives()
    {
        await using var bot = await DiscordHost.StartAsync();
        var fake = bot.Fake;
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        var interaction = FakeInteractions.SlashCommand(fake.ApplicationId, "runwell", ["retention"], ("days", 4, 90));
        interaction["member"]!["permissions"] = "0";

        await fake.Gateway.SendInteractionAsync(interaction);
        var reply = await Callback(fake, 1);

        Assert.Contains("Only club admins", reply.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Setup_refuses_the_channel_it_is_typed_in_when_the_bot_cannot_post_there()
    {
        await using var bot = await DiscordHost.StartAsync();
        var fake = bot.Fake;
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        var interaction = FakeInteractions.SlashCommand(fake.ApplicationId, "runwell", ["setup"],
            ("channel", 7, FakeInteractions.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("timezone", 3, "Europe/London"));
        interaction["member"]!["permissions"] = "32";
        interaction["app_permissions"] = (1L << 10).ToString(System.Globalization.CultureInfo.InvariantCulture); // view only

        await fake.Gateway.SendInteractionAsync(interaction);
        var reply = await Callback(fake, 1);

        Assert.Equal(64, reply.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Send Messages", reply.GetProperty("data").GetProperty("content").GetString());
        await using var db = bot.Database.CreateContext();
        Assert.Null((await db.Clubs.SingleOrDefaultAsync())?.ChannelId);
    }

    [Fact]
    public async Task A_restart_with_an_unchanged_catalog_does_not_register_again()
    {
        await using var bot = await DiscordHost.StartAsync(devGuildId: null);
        await bot.Fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGlobalCommands, Wait);
        await WaitForStoredHashAsync(bot);
        await bot.StopHostAsync();
        var registrations = bot.Fake.Rest.Requests.Count(r => r.Route == FakeRoute.BulkOverwriteGlobalCommands);

        await bot.StartHostAsync(devGuildId: null);
        await bot.Fake.Gateway.WaitForConnectionsAsync(2, Wait);
        await bot.Fake.Gateway.ReadySent.WaitForAsync(connection => connection == 2, Wait);
        await bot.Fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(bot.Fake.ApplicationId, "help"));
        await Callback(bot.Fake, 1);

        Assert.Equal(registrations, bot.Fake.Rest.Requests.Count(r => r.Route == FakeRoute.BulkOverwriteGlobalCommands));
    }

    /// <summary>The hash is stored just after the PUT's response; stopping before that would be a different test.</summary>
    private static async Task WaitForStoredHashAsync(DiscordHost bot)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            await using var db = bot.Database.CreateContext();
            if (await db.BotStates.AnyAsync(s => s.Key.StartsWith("commands-hash:"), timeout.Token))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }

    /// <summary>
    /// The count-th answer as the member sees it: a direct reply, or (when the handler outran the
    /// defer threshold, as on a busy machine) the deferral's flags with the edit's content.
    /// </summary>
    private static async Task<JsonElement> Callback(FakeDiscordServer fake, int count)
    {
        await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.InteractionCallback, count, Wait);
        var callbacks = fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.InteractionCallback).Take(count).Select(r => r.Json!.Value).ToList();
        var callback = callbacks[^1];
        if (callback.GetProperty("type").GetInt32() != 5)
        {
            return callback;
        }

        var deferrals = callbacks.Count(c => c.GetProperty("type").GetInt32() == 5);
        await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.EditOriginal, deferrals, Wait);
        var edit = fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.EditOriginal).ElementAt(deferrals - 1).Json!.Value;
        var data = System.Text.Json.Nodes.JsonNode.Parse(edit.GetRawText())!.AsObject();
        if (callback.TryGetProperty("data", out var deferred) && deferred.TryGetProperty("flags", out var flags))
        {
            data["flags"] = flags.GetInt32();
        }

        return JsonSerializer.SerializeToElement(new System.Text.Json.Nodes.JsonObject { ["type"] = 4, ["data"] = data });
    }
}
