using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Gateway;

public sealed class ShardingTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static readonly ApplicationCommand Help = new() { Name = "help", Description = "How RunWell works" };

    private static Dictionary<string, string?> Shard(int id, int count) => new()
    {
        ["Discord:ShardId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Discord:ShardCount"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Action<Microsoft.Extensions.DependencyInjection.IServiceCollection> Catalog() => s =>
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<ICommandSource>(s, new FixedCatalog());

    private sealed class FixedCatalog : ICommandSource
    {
        public IReadOnlyList<ApplicationCommand> GetCommands() => [Help];
    }

    [Fact]
    public async Task A_sharded_process_identifies_with_its_shard_and_count()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, settings: Shard(2, 3));

        var identify = await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);

        var shard = identify.D.GetProperty("shard");
        Assert.Equal([2, 3], shard.EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task An_unsharded_process_sends_no_shard_field()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);

        var identify = await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);

        Assert.False(identify.D.TryGetProperty("shard", out _));
    }

    [Fact]
    public async Task Shard_zero_registers_the_commands()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, services: Catalog(), settings: Shard(0, 2));

        var put = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGlobalCommands, Wait);

        Assert.Equal("help", Assert.Single(put.Json!.Value.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Any_other_shard_leaves_the_commands_to_shard_zero()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, services: Catalog(), settings: Shard(1, 2));
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);

        // The registrar says so once READY is handled; then no PUT may have gone out.
        await WaitForAsync(() => bot.Logs.GetSnapshot().Any(r => r.Message.Contains("leaves command registration to shard 0", StringComparison.Ordinal)));
        Assert.Equal(0, fake.Rest.Requests.Count(r => r.Route is FakeRoute.BulkOverwriteGlobalCommands or FakeRoute.BulkOverwriteGuildCommands));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 250 && !condition(); i++)
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        Assert.True(condition());
    }
}
