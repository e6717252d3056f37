using Microsoft.EntityFrameworkCore;
using RunWell.Bot.Engine;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Entries;

public sealed class BeforeAndAfterTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_check_in_within_three_hours_before_a_run_becomes_its_before()
    {
        await _services.RunAsync("checkin", Commands.Member(), ("mood", 4L), ("stress", 7L), ("energy", 3L));
        _services.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(59));

        var reply = await _services.RunAsync("run log", Commands.Member(), ("minutes", 20L), ("mood", 7L), ("stress", 4L));

        Assert.Contains("mood 4 → 7 · stress 7 → 4 (before from your check-in)", reply.Message.Text.Plain);
        await using var db = _services.Database.CreateContext();
        var checkIn = await db.CheckIns.SingleAsync();
        Assert.Equal(checkIn.Id, (await db.Runs.SingleAsync()).BeforeCheckInId);
    }

    [Fact]
    public async Task A_check_in_more_than_three_hours_before_is_not_the_runs_before()
    {
        await _services.RunAsync("checkin", Commands.Member(), ("mood", 4L), ("stress", 7L), ("energy", 3L));
        _services.Time.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));

        var reply = await _services.RunAsync("run log", Commands.Member(), ("minutes", 20L), ("mood", 7L));

        Assert.DoesNotContain("→", reply.Message.Text.Plain);
        await using var db = _services.Database.CreateContext();
        Assert.Null((await db.Runs.SingleAsync()).BeforeCheckInId);
    }

    [Fact]
    public async Task A_backdated_run_links_to_the_check_in_before_it_not_after_it()
    {
        await _services.RunAsync("checkin", Commands.Member(), ("mood", 4L), ("stress", 7L), ("energy", 3L));

        var reply = await _services.RunAsync("run log", Commands.Member(), ("minutes", 20L), ("mood", 7L), ("when", "1 hours ago"));

        Assert.DoesNotContain("4 → 7", reply.Message.Text.Plain);
    }

    [Fact]
    public async Task Another_members_check_in_is_never_used_as_before()
    {
        await _services.RunAsync("checkin", Commands.Member(Commands.BenId, "Ben"), ("mood", 2L), ("stress", 9L), ("energy", 2L));

        var reply = await _services.RunAsync("run log", Commands.Member(), ("minutes", 20L), ("mood", 7L));

        Assert.DoesNotContain("→", reply.Message.Text.Plain);
    }

    [Fact]
    public async Task The_same_interaction_delivered_twice_stores_once()
    {
        var request = Commands.Request("run log", Commands.Member(), ("minutes", 25L));

        var first = await _services.InScopeAsync(sp => sp.GetRequiredEngine().RunCommandAsync(request, CancellationToken.None));
        var second = await _services.InScopeAsync(sp => sp.GetRequiredEngine().RunCommandAsync(request, CancellationToken.None));

        Assert.DoesNotContain("Already saved", first.Message.Text.Plain);
        Assert.Contains("Already saved", second.Message.Text.Plain);
        await using var db = _services.Database.CreateContext();
        Assert.Equal(1, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task A_replayed_interaction_id_never_shows_another_members_check_in_from_another_server()
    {
        var ann = Commands.Request("checkin", Commands.Member(), ("mood", 2L), ("stress", 9L), ("energy", 1L));
        await _services.InScopeAsync(sp => sp.GetRequiredEngine().RunCommandAsync(ann, CancellationToken.None));

        var ben = Commands.Request("checkin", Commands.Member(Commands.BenId, "Ben", guildId: Commands.GuildId + 1), ("mood", 8L), ("stress", 3L), ("energy", 7L))
            with { InteractionId = ann.InteractionId };
        var reply = await _services.InScopeAsync(sp => sp.GetRequiredEngine().RunCommandAsync(ben, CancellationToken.None));

        Assert.DoesNotContain("mood 2", reply.Message.Text.Plain);
        Assert.DoesNotContain("Already saved", reply.Message.Text.Plain);
    }

    [Fact]
    public async Task A_run_of_ten_minutes_is_a_micro_run_and_eleven_is_not()
    {
        var ten = await _services.RunAsync("run log", Commands.Member(), ("minutes", 10L));
        var eleven = await _services.RunAsync("run log", Commands.Member(), ("minutes", 11L));

        Assert.Contains("micro-run", ten.Message.Text.Plain);
        Assert.DoesNotContain("micro-run", eleven.Message.Text.Plain);
    }
}

internal static class EngineAccess
{
    public static BotEngine GetRequiredEngine(this IServiceProvider services) => (BotEngine)services.GetService(typeof(BotEngine))!;
}
