using RunWell.DiscordAdapter;

namespace RunWell.Tests.Discord;

/// <summary>Which servers a session answers for: Discord's routing, kept in the adapter, not the domain.</summary>
public sealed class ShardRoutingTests
{
    [Fact]
    public void A_server_belongs_to_exactly_one_of_the_shards_by_discords_rule()
    {
        const ulong guild = 1_288_000_000_000_000_777;
        var expected = (int)((guild >> 22) % 4);

        Assert.Equal(new[] { expected }, Enumerable.Range(0, 4).Where(shard => ServerGuildEvents.OnShard(guild, shard, 4)));
        Assert.True(ServerGuildEvents.OnShard(guild, 0, 1));
    }
}
