using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RunWell.FakeDiscord;

namespace RunWell.Tests.Discord;

/// <summary>The bot leaving and rejoining a server, as Discord reports it over the gateway.</summary>
public sealed class GuildLifecycleTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly string Guild = FakeInteractions.GuildId.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_removal_marks_the_server_and_rejoining_clears_the_mark()
    {
        await using var bot = await DiscordHost.StartAsync();
        var fake = bot.Fake;
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"], ("minutes", 4, 20)));
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback, Wait);

        await fake.Gateway.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = Guild });
        var removed = await WaitForClubAsync(bot, c => c.RemovedAtUtc is not null);

        await fake.Gateway.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = Guild, ["name"] = "Club runs", ["unavailable"] = false });
        var back = await WaitForClubAsync(bot, c => c.RemovedAtUtc is null);

        Assert.NotNull(removed.RemovedAtUtc);
        Assert.Equal("Club runs", back.Name);
        await using var db = bot.Database.CreateContext();
        Assert.Equal(1, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task A_server_left_while_the_bot_was_offline_is_marked_at_ready_and_comes_back_with_guild_create()
    {
        await using var bot = await DiscordHost.StartAsync();
        var fake = bot.Fake;
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"], ("minutes", 4, 20)));
        await WaitForClubAsync(bot, c => c.RemovedAtUtc is null);

        // A slow machine defers the answer: wait for the run itself before stopping the bot.
        await UntilAsync(bot, async db => await db.Runs.CountAsync() == 1);
        await bot.StopHostAsync();

        // Removed while offline: no GUILD_DELETE, just missing from the next READY. Offline long enough
        // that the saved session can no longer be resumed, so the next process identifies.
        fake.Gateway.ReadyGuildIds = [];
        fake.Gateway.InvalidateSessionOnNextResume();
        await bot.StartHostAsync();
        var removed = await WaitForClubAsync(bot, c => c.RemovedAtUtc is not null);
        await fake.Gateway.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = Guild, ["name"] = "Club runs", ["unavailable"] = false });
        var back = await WaitForClubAsync(bot, c => c.RemovedAtUtc is null);

        Assert.NotNull(removed.RemovedAtUtc);
        Assert.Null(back.RemovedAtUtc);
        await using var db = bot.Database.CreateContext();
        Assert.Equal(1, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task An_outage_is_not_a_removal()
    {
        // One worker handles gateway events in order, so the later interaction's answer proves the
        // outage event was handled before we look.
        await using var bot = await DiscordHost.StartAsync(FakeInteractions.GuildId, "--Discord:MaxConcurrentInteractions=1");
        var fake = bot.Fake;
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "run", ["log"], ("minutes", 4, 20)));
        await fake.Gateway.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = Guild, ["unavailable"] = true });

        await fake.Gateway.SendInteractionAsync(FakeInteractions.SlashCommand(fake.ApplicationId, "help"));
        await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.InteractionCallback, 2, Wait);

        await using var db = bot.Database.CreateContext();
        Assert.Null((await db.Clubs.SingleAsync()).RemovedAtUtc);
    }

    private static async Task UntilAsync(DiscordHost bot, Func<RunWell.Persistence.RunWellDbContext, Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            await using var db = bot.Database.CreateContext();
            if (await condition(db))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }

    private static async Task<RunWell.Domain.Clubs.Club> WaitForClubAsync(DiscordHost bot, Func<RunWell.Domain.Clubs.Club, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            await using var db = bot.Database.CreateContext();
            var club = await db.Clubs.AsNoTracking().SingleOrDefaultAsync(timeout.Token);
            if (club is not null && condition(club))
            {
                return club;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
        }
    }
}
