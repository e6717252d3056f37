using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Members;
using RunWell.Testing;
using static RunWell.Bot.Tests.Buddies.BuddyWorld;

namespace RunWell.Bot.Tests.Buddies;

public sealed class PauseCommandTests
{
    [Fact]
    public async Task A_pause_lasts_seven_days_by_default_and_ends_by_itself()
    {
        await using var services = await TestServices.CreateAsync();
        var ann = Commands.Member();

        var reply = await services.RunAsync("pause", ann);
        var pausedNow = await IsPausedAsync(services, Commands.AnnId);
        services.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var pausedLater = await IsPausedAsync(services, Commands.AnnId);

        Assert.StartsWith("Paused until", reply.Message.Text.Plain);
        Assert.True(pausedNow);
        Assert.False(pausedLater);
    }

    [Fact]
    public async Task Resume_ends_the_pause_now_and_keeps_it_as_history()
    {
        await using var services = await TestServices.CreateAsync();
        var ann = Commands.Member();
        await services.RunAsync("pause", ann, ("days", 30L), ("reason", "holiday"));
        services.Time.Advance(TimeSpan.FromDays(2));

        var reply = await services.RunAsync("resume", ann);

        Assert.Contains("Welcome back", reply.Message.Text.Plain);
        Assert.False(await IsPausedAsync(services, Commands.AnnId));
        var pause = Assert.Single(await services.QueryAsync(db => db.Pauses.ToListAsync()));
        Assert.Equal(services.Time.GetUtcNow().UtcDateTime, pause.EndUtc);
    }

    [Fact]
    public async Task Pausing_while_paused_moves_the_end_instead_of_adding_a_second_pause()
    {
        await using var services = await TestServices.CreateAsync();
        var ann = Commands.Member();
        await services.RunAsync("pause", ann, ("days", 3L));

        var reply = await services.RunAsync("pause", ann, ("days", 10L));

        Assert.StartsWith("Your break now runs until", reply.Message.Text.Plain);
        var pause = Assert.Single(await services.QueryAsync(db => db.Pauses.ToListAsync()));
        Assert.Equal(services.Time.GetUtcNow().UtcDateTime.AddDays(10), pause.EndUtc);
    }

    [Fact]
    public async Task Resume_without_a_pause_changes_nothing()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("resume", Commands.Member());

        Assert.Contains("not on a break", reply.Message.Text.Plain);
        Assert.Equal(0, await services.QueryAsync(db => db.Pauses.CountAsync()));
    }

    [Theory]
    [InlineData(0L, null, "days must be from 1 to 60")]
    [InlineData(61L, null, "days must be from 1 to 60")]
    [InlineData(null, 201, "reason can be at most 200 characters")]
    public async Task Bad_pause_input_names_the_option_and_its_range_and_stores_nothing(long? days, int? reasonLength, string expected)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync(
            "pause", Commands.Member(), ("days", days), ("reason", reasonLength is { } n ? new string('x', n) : null));

        Assert.Contains(expected, reply.Message.Text.Plain);
        Assert.Contains("Nothing was saved", reply.Message.Text.Plain);
        Assert.Equal(0, await services.QueryAsync(db => db.Pauses.CountAsync()));
    }

    [Fact]
    public async Task The_sweep_query_lists_exactly_the_members_paused_at_that_instant()
    {
        await using var services = await TestServices.CreateAsync();
        var now = services.Time.GetUtcNow().UtcDateTime;
        await services.RowsAsync(
            Club(), Member(Id(1)), Member(Id(2)), Member(Id(3)),
            Pause(Id(1), now.AddDays(-1), days: 3), Pause(Id(2), now.AddDays(-10), days: 3), Pause(Id(3), now.AddDays(1), days: 3));

        var paused = await services.InScopeAsync(sp =>
            sp.GetRequiredService<PauseService>().PausedUserIdsAsync(Commands.GuildId, now, CancellationToken.None));

        Assert.Equal([Id(1)], paused);
    }

    private static Task<bool> IsPausedAsync(TestServices services, ulong userId) =>
        services.InScopeAsync(sp => sp.GetRequiredService<PauseService>()
            .IsPausedAsync(Commands.GuildId, userId, services.Time.GetUtcNow().UtcDateTime, CancellationToken.None));
}
