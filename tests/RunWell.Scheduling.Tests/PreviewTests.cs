using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Ports;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests;

public sealed class PreviewTests
{
    [Theory]
    [InlineData("summary", "Our week together")]
    [InlineData("nudges", "would get a nudge right now: 0")]
    public async Task A_preview_shows_the_admin_the_post_and_posts_nothing(string what, string expected)
    {
        var messenger = new FakeMessenger();
        await using var services = await TestServices.CreateAsync(b => b.Services.AddSingleton<IOutboundMessenger>(messenger));
        await Seed.ClubAsync(services.Database);

        var reply = await services.RunAsync("runwell preview", Commands.Member(admin: true), ("what", what));

        Assert.True(reply.Ephemeral);
        Assert.Contains("Preview only", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(expected, reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Empty(reply.Message.Buttons);
        Assert.Empty(await Seed.OutboxAsync(services.Database));
        await using var db = services.Database.CreateContext();
        Assert.Empty(db.ScheduledPosts);
        Assert.Empty(messenger.Sends);
    }
}
