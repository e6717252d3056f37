using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Gateway;

/// <summary>Identifies are a daily budget whose exhaustion resets the token: every one must be checked.</summary>
public sealed class IdentifyBudgetTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_re_identify_after_the_first_session_checks_the_session_start_limit_and_waits_while_it_is_spent()
    {
        // The bot and the fake Discord share a clock that only this test moves.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var fake = await FakeDiscordServer.StartAsync(time: time);
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        await using var bot = await BotHost.StartAsync(fake, services: s => s.AddSingleton<TimeProvider>(time));
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        var lookupsBefore = Lookups(fake);

        fake.Rest.SessionStartRemaining = 0;
        fake.Rest.SessionStartResetAfter = TimeSpan.FromSeconds(30);
        await fake.Gateway.CloseAsync(4009, "Session timed out");
        await WalkClockUntilAsync(time, () => Lookups(fake) > lookupsBefore);
        var spent = fake.Rest.Requests.All.Last(r => r.Route == FakeRoute.GetGatewayBot);
        // The budget comes back when its reset is due, as Discord's does.
        fake.Rest.SessionStartRemaining = 999;

        await WalkClockUntilAsync(time, () => fake.Gateway.Received.Count(p => p.Op == 2 && p.Connection > 1) > 0);
        var identify = fake.Gateway.Received.All.First(p => p.Op == 2 && p.Connection > 1);
        Assert.True(identify.At - spent.At >= fake.Rest.SessionStartResetAfter, $"identified {(identify.At - spent.At).TotalSeconds} s after the spent budget was seen");
        Assert.True(Lookups(fake) >= lookupsBefore + 2);
    }

    private static int Lookups(FakeDiscordServer fake) => fake.Rest.Requests.Count(r => r.Route == FakeRoute.GetGatewayBot);

    /// <summary>Moves the shared clock 250 ms at a time, letting the bot act between steps, until <paramref name="done"/>; fails, never hangs.</summary>
    private static async Task WalkClockUntilAsync(FakeTimeProvider time, Func<bool> done)
    {
        for (var step = 0; step < 2_000 && !done(); step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
        }
        Assert.True(done(), "the bot did not get there");
    }

    [Fact]
    public async Task A_resume_does_not_look_up_the_session_start_limit()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.WaitForSessionAsync(Wait);
        var lookupsBefore = fake.Rest.Requests.Count(r => r.Route == FakeRoute.GetGatewayBot);

        fake.Gateway.Drop();

        await fake.Gateway.Received.WaitForAsync(p => p.Op == 6, Wait);
        Assert.Equal(lookupsBefore, fake.Rest.Requests.Count(r => r.Route == FakeRoute.GetGatewayBot));
    }
}
