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

        Assert.Contains("Preview only", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(expected, reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Empty(reply.Message.Buttons);
        Assert.Empty(await Seed.OutboxAsync(services.Database));
        await using var db = services.Database.CreateContext();
        Assert.Empty(db.ScheduledPosts);
        Assert.Empty(messenger.Sends);
    }

    [Fact]
    public async Task A_pairing_preview_with_nobody_opted_in_says_so()
    {
        await using var services = await TestServices.CreateAsync();
        await Seed.ClubAsync(services.Database);

        var reply = await services.RunAsync("runwell preview", Commands.Member(admin: true), ("what", "pairing"));

        Assert.Contains("Nobody has opted in to buddy pairing yet", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(new RunWell.Domain.Messaging.CommandPart("/buddy join"), reply.Message.Text.Parts);
        Assert.DoesNotContain("nothing to post", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_in_preview_before_pairs_exist_says_when_pairing_runs_and_shows_the_post()
    {
        await using var services = await TestServices.CreateAsync();
        await Seed.ClubAsync(services.Database);
        var admin = Commands.Member(admin: true);

        var reply = await services.RunAsync("runwell preview", admin, ("what", "checkin"));

        // Wednesday 25 Nov 2026 12:00 UTC: the next pairing is Monday 30 Nov 09:00 (the default slot, UTC).
        var monday = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        Assert.Contains("Pairs are not formed yet: the next buddy pairing is ", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(new RunWell.Domain.Messaging.TimestampPart(monday), reply.Message.Text.Parts);
        Assert.Contains("buddy check-in!", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(new RunWell.Domain.Messaging.UserPart(admin.UserId), reply.Message.Text.Parts);
        Assert.Contains("Buttons: [", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Empty(reply.Message.Buttons);
        Assert.Empty(reply.Message.Pings);
    }

    [Fact]
    public async Task A_preview_without_a_channel_names_the_missing_channel()
    {
        await using var services = await TestServices.CreateAsync();
        await Seed.ClubAsync(services.Database, channel: null);

        var reply = await services.RunAsync("runwell preview", Commands.Member(admin: true), ("what", "checkin"));

        Assert.Contains("No club channel is set", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("buddy check-in!", reply.Message.Text.Plain, StringComparison.Ordinal);
    }
}
