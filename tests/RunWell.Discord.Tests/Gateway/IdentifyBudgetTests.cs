using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Gateway;

/// <summary>Identifies are a daily budget whose exhaustion resets the token: every one must be checked.</summary>
public sealed class IdentifyBudgetTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_re_identify_after_the_first_session_checks_the_session_start_limit_and_waits_while_it_is_spent()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake);
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        var lookupsBefore = fake.Rest.Requests.Count(r => r.Route == FakeRoute.GetGatewayBot);

        fake.Rest.SessionStartRemaining = 0;
        fake.Rest.SessionStartResetAfter = TimeSpan.FromMilliseconds(600);
        var closedAt = TimeProvider.System.GetUtcNow();
        await fake.Gateway.CloseAsync(4009, "Session timed out");
        // The budget comes back when its reset is due, as Discord's does.
        await Task.Delay(TimeSpan.FromMilliseconds(600), TimeProvider.System);
        fake.Rest.SessionStartRemaining = 999;

        var identify = await fake.Gateway.Received.WaitForAsync(p => p.Op == 2 && p.Connection > 1, Wait);
        Assert.True(identify.At - closedAt >= TimeSpan.FromMilliseconds(550), $"identified {(identify.At - closedAt).TotalMilliseconds} ms after the close");
        Assert.True(fake.Rest.Requests.Count(r => r.Route == FakeRoute.GetGatewayBot) >= lookupsBefore + 2);
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
