using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Privacy;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Privacy;

/// <summary>READY's guild list against the stored clubs: a server left while the bot was offline.</summary>
public sealed class ServerReconcileTests
{
    private const ulong Other = 1_288_000_000_000_000_999;

    private static Task<IReadOnlyList<ulong>> ReadyAsync(TestServices services, ulong[] guilds, bool covered = true) =>
        services.InScopeAsync(sp => sp.GetRequiredService<ServerLifecycleService>().ReconcileAsync(guilds, _ => covered, CancellationToken.None));

    private static Task<RetentionReport> SweepAsync(TestServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<RetentionService>().RunAsync(CancellationToken.None));

    private static async Task<TestServices> ClubWithARunAsync()
    {
        var services = await TestServices.CreateAsync();
        await services.RunAsync("run log", Commands.Member(), ("minutes", 20L));
        return services;
    }

    [Fact]
    public async Task A_server_missing_from_ready_is_marked_removed_and_purged_30_days_later()
    {
        await using var services = await ClubWithARunAsync();

        var marked = await ReadyAsync(services, [Other]);
        services.Time.Advance(TimeSpan.FromDays(29));
        await SweepAsync(services);
        var after29 = await services.QueryAsync(db => db.Runs.CountAsync());
        services.Time.Advance(TimeSpan.FromDays(1.5));
        await SweepAsync(services);

        Assert.Equal([Commands.GuildId], marked);
        Assert.Equal(1, after29);
        Assert.Equal(0, await services.QueryAsync(db => db.Clubs.CountAsync()));
        Assert.Equal(0, await services.QueryAsync(db => db.Members.CountAsync()));
        Assert.Equal(0, await services.QueryAsync(db => db.Runs.CountAsync()));
    }

    [Fact]
    public async Task A_guild_create_within_30_days_keeps_everything()
    {
        await using var services = await ClubWithARunAsync();

        await ReadyAsync(services, []);
        services.Time.Advance(TimeSpan.FromDays(20));
        await services.InScopeAsync(sp => sp.GetRequiredService<ServerLifecycleService>().GuildAvailableAsync(Commands.GuildId, "Club", CancellationToken.None));
        services.Time.Advance(TimeSpan.FromDays(40));
        await SweepAsync(services);

        var club = await services.QueryAsync(db => db.Clubs.SingleAsync());
        Assert.Null(club.RemovedAtUtc);
        Assert.Equal(1, await services.QueryAsync(db => db.Runs.CountAsync()));
    }

    [Fact]
    public async Task A_server_listed_in_ready_or_answered_for_by_another_connection_is_left_alone()
    {
        await using var services = await ClubWithARunAsync();

        var listed = await ReadyAsync(services, [Commands.GuildId]);
        var otherShard = await ReadyAsync(services, [], covered: false);

        Assert.Empty(listed);
        Assert.Empty(otherShard);
        Assert.Null((await services.QueryAsync(db => db.Clubs.SingleAsync())).RemovedAtUtc);
    }
}
