using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Commands;

public sealed class CommandRegistrationTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static readonly ApplicationCommand Run = new()
    {
        Name = "run",
        Description = "Log and review runs",
        DefaultMemberPermissions = null,
        Options =
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand, Name = "log", Description = "Log a run",
                Options =
                [
                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.Integer, Name = "minutes", Description = "How long", Required = true, MinValue = 1, MaxValue = 600 },
                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "kind", Description = "Kind", Autocomplete = true, MaxLength = 40 },
                ],
            },
        ],
    };

    private sealed class Catalog(IReadOnlyList<ApplicationCommand> commands) : ICommandSource
    {
        public IReadOnlyList<ApplicationCommand> GetCommands() => commands;
    }

    internal sealed class MemoryStore : ICommandRegistrationStore
    {
        private int _failures;

        public ConcurrentDictionary<string, string> Hashes { get; } = new();

        /// <summary>The next reads fail, as a database locked by another writer would.</summary>
        public int FailNextReads
        {
            get => Volatile.Read(ref _failures);
            set => Volatile.Write(ref _failures, value);
        }

        public Task<string?> GetHashAsync(string scope, CancellationToken ct) =>
            Interlocked.Decrement(ref _failures) >= 0
                ? throw new InvalidOperationException("database is locked")
                : Task.FromResult(Hashes.TryGetValue(scope, out var h) ? h : null);

        public Task SetHashAsync(string scope, string hash, CancellationToken ct)
        {
            Hashes[scope] = hash;
            return Task.CompletedTask;
        }
    }

    private static Action<IServiceCollection> With(IReadOnlyList<ApplicationCommand> commands, MemoryStore store) => s =>
    {
        s.AddSingleton<ICommandSource>(new Catalog(commands));
        s.AddSingleton<ICommandRegistrationStore>(store);
    };

    [Fact]
    public async Task With_a_dev_guild_commands_are_put_to_that_guild_and_the_hash_is_stored()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var store = new MemoryStore();
        await using var bot = await BotHost.StartAsync(fake, services: With([Run], store), devGuildId: 1288000000000000001);

        var put = await fake.Rest.Requests.WaitForAsync(r => r.Route is FakeRoute.BulkOverwriteGuildCommands or FakeRoute.BulkOverwriteGlobalCommands, Wait);

        Assert.Equal(FakeRoute.BulkOverwriteGuildCommands, put.Route);
        Assert.Equal($"/applications/{fake.ApplicationId}/guilds/1288000000000000001/commands", put.Path);
        var sent = Assert.Single(put.Json!.Value.EnumerateArray());
        Assert.Equal("run", sent.GetProperty("name").GetString());
        var minutes = sent.GetProperty("options")[0].GetProperty("options")[0];
        Assert.Equal(1, minutes.GetProperty("min_value").GetDouble());
        Assert.True(sent.GetProperty("options")[0].GetProperty("options")[1].GetProperty("autocomplete").GetBoolean());
        await WaitForAsync(() => store.Hashes.ContainsKey("1288000000000000001"));
    }

    [Fact]
    public async Task Without_a_dev_guild_commands_are_put_globally()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var store = new MemoryStore();
        await using var bot = await BotHost.StartAsync(fake, services: With([Run], store));

        var put = await fake.Rest.Requests.WaitForAsync(r => r.Route is FakeRoute.BulkOverwriteGuildCommands or FakeRoute.BulkOverwriteGlobalCommands, Wait);

        Assert.Equal($"/applications/{fake.ApplicationId}/commands", put.Path);
        await WaitForAsync(() => store.Hashes.ContainsKey("global"));
    }

    private static readonly ApplicationCommand GuildOnlyRun = Run with { Contexts = [0], IntegrationTypes = [0] };

    [Fact]
    public async Task A_dev_guild_put_leaves_out_contexts_and_integration_types_which_only_global_commands_take()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, services: With([GuildOnlyRun], new MemoryStore()), devGuildId: 1288000000000000001);

        var put = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);

        var sent = Assert.Single(put.Json!.Value.EnumerateArray());
        Assert.False(sent.TryGetProperty("contexts", out _));
        Assert.False(sent.TryGetProperty("integration_types", out _));
        Assert.Equal("run", sent.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_global_put_keeps_contexts_and_integration_types()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, services: With([GuildOnlyRun], new MemoryStore()));

        var put = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGlobalCommands, Wait);

        var sent = Assert.Single(put.Json!.Value.EnumerateArray());
        Assert.Equal(0, sent.GetProperty("contexts")[0].GetInt32());
        Assert.Equal(0, sent.GetProperty("integration_types")[0].GetInt32());
    }

    [Fact]
    public async Task A_catalog_discord_already_holds_is_not_put_again()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Rest.SetCommands(null, (System.Text.Json.Nodes.JsonArray)System.Text.Json.Nodes.JsonNode.Parse(
            System.Text.Json.JsonSerializer.Serialize<IReadOnlyList<ApplicationCommand>>([Run], RunWell.Discord.Json.DiscordJsonContext.Default.IReadOnlyListApplicationCommand))!);
        await using var bot = await BotHost.StartAsync(fake, services: With([Run], new MemoryStore()));

        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.GetGlobalCommands, Wait);
        await WaitForAsync(() => bot.Logs.GetSnapshot().Any(r => r.Message.Contains("unchanged", StringComparison.Ordinal)));
        Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route is FakeRoute.BulkOverwriteGlobalCommands or FakeRoute.BulkOverwriteGuildCommands));
    }

    [Fact]
    public async Task A_stored_hash_does_not_stop_a_put_when_discord_no_longer_holds_the_commands()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var store = new MemoryStore();
        store.Hashes["global"] = RunWell.Discord.Commands.CommandRegistrar.Hash([Run]);
        await using var bot = await BotHost.StartAsync(fake, services: With([Run], store));

        var put = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGlobalCommands, Wait);
        Assert.Equal("run", Assert.Single(put.Json!.Value.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_failed_put_is_retried_with_backoff_until_it_succeeds()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Rest.FailNext(FakeRoute.BulkOverwriteGlobalCommands, new FakeFault(503), count: 6);
        var store = new MemoryStore();
        await using var bot = await BotHost.StartAsync(fake, services: With([Run], store),
            tune: t => (t.RegistrationBackoffBase, t.RegistrationBackoffCap) = (TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50)));

        await WaitForAsync(() => store.Hashes.ContainsKey("global"));
        Assert.Equal("run", Assert.Single(fake.Rest.Commands(null))!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_the_dev_guild_is_unset_its_commands_are_cleared_and_the_catalog_goes_global()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var store = new MemoryStore();
        await using (var first = await BotHost.StartAsync(fake, services: With([Run], store), devGuildId: 1288000000000000001))
            await WaitForAsync(() => store.Hashes.ContainsKey("1288000000000000001"));
        Assert.Single(fake.Rest.Commands(1288000000000000001));

        await using var second = await BotHost.StartAsync(fake, services: With([Run], store));
        await WaitForAsync(() => store.Hashes.ContainsKey("global"));

        Assert.Empty(fake.Rest.Commands(1288000000000000001));
        Assert.Single(fake.Rest.Commands(null));
        Assert.Equal("global", store.Hashes[RunWell.Discord.Commands.CommandRegistrar.ScopeKey]);
    }

    [Fact]
    public async Task A_store_that_fails_at_start_is_retried_until_the_commands_are_registered()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var store = new MemoryStore { FailNextReads = 2 };
        await using var bot = await BotHost.StartAsync(fake, services: With([Run], store), tune: t => t.RegistrationBackoffBase = TimeSpan.FromMilliseconds(10));

        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGlobalCommands, Wait);
        await WaitForAsync(() => store.Hashes.ContainsKey("global"));

        Assert.Equal(2, bot.Logs.GetSnapshot().Count(r => r.Id.Id == 507));
    }

    [Fact]
    public async Task Guild_bookkeeping_that_fails_at_ready_does_not_stop_the_commands_being_registered()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var store = new MemoryStore();
        await using var bot = await BotHost.StartAsync(fake, services: s =>
        {
            With([Run], store)(s);
            s.AddScoped<IGuildEvents, FailingGuildEvents>();
        });

        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGlobalCommands, Wait);
        await WaitForAsync(() => store.Hashes.ContainsKey("global"));
    }

    private sealed class FailingGuildEvents : IGuildEvents
    {
        public Task SessionReadyAsync(IReadOnlyList<ulong> guildIds, int shardId, int shardCount, CancellationToken ct) =>
            throw new InvalidOperationException("database is locked");

        public Task GuildAvailableAsync(ulong guildId, string? name, CancellationToken ct) => Task.CompletedTask;

        public Task GuildRemovedAsync(ulong guildId, CancellationToken ct) => Task.CompletedTask;
    }

    [Fact]
    public async Task A_failed_put_does_not_store_the_hash()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.Rest.FailNext(FakeRoute.BulkOverwriteGlobalCommands, new FakeFault(400, 50035));
        var store = new MemoryStore();
        await using var bot = await BotHost.StartAsync(fake, services: With([Run], store));

        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGlobalCommands, Wait);
        // The registrar is done with the refused PUT once it has logged it (a 400 is not retried).
        await WaitForAsync(() => bot.Logs.GetSnapshot().Any(r => r.Id.Id == 503));

        Assert.Empty(store.Hashes);
    }

    [Fact]
    public async Task An_invalid_catalog_is_rejected_with_a_clear_error_and_not_sent()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var store = new MemoryStore();
        var bad = Run with { Name = "Run Log" };
        await using var bot = await BotHost.StartAsync(fake, services: With([bad], store));
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);

        await WaitForAsync(() => bot.Logs.GetSnapshot().Any(r => r.Message.Contains("Command catalog is invalid", StringComparison.Ordinal)));
        Assert.Contains("'Run Log'", bot.AllLogText(), StringComparison.Ordinal);
        Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route is FakeRoute.BulkOverwriteGlobalCommands or FakeRoute.BulkOverwriteGuildCommands));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 250 && !condition(); i++)
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        Assert.True(condition());
    }
}
