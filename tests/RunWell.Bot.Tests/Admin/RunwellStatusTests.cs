using RunWell.Bot.Engine;
using RunWell.Domain.Members;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Admin;

public sealed class RunwellStatusTests
{
    private static readonly Caller Admin = Commands.Member(admin: true);

    [Fact]
    public async Task Status_before_setup_says_so_and_shows_the_default_slots()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell status", Admin);

        Assert.Contains("not set up", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Buddy pairing (every Monday at 09:00)", Card(reply, "Next posts"), StringComparison.Ordinal);
        Assert.Equal("Nothing has been posted yet.", Card(reply, "Last results"));
    }

    [Fact]
    public async Task Status_shows_a_failed_post_with_its_error_and_what_to_fix()
    {
        await using var services = await TestServices.CreateAsync();
        await MemberRows.EnsureClubAsync(services.Database, Commands.GuildId, configure: c => c.ChannelId = Commands.ChannelId);
        var at = services.Time.GetUtcNow().UtcDateTime.AddDays(-3);
        await using (var db = services.Database.CreateContext())
        {
            var post = new ScheduledPost { GuildId = Commands.GuildId, Kind = PostKind.WeeklySummary, PeriodKey = "2026-W47", CreatedAtUtc = at };
            db.ScheduledPosts.Add(post);
            await db.SaveChangesAsync();
            db.Outbox.Add(new OutboxMessage
            {
                GuildId = Commands.GuildId, ScheduledPostId = post.Id, Kind = PostKind.WeeklySummary, ChannelId = Commands.ChannelId,
                PayloadJson = "{}", DeliveryKey = "n-summary", Status = OutboxStatus.Failed, Attempts = 1,
                LastError = "MissingPermission: Missing Access", NextAttemptAtUtc = at, CreatedAtUtc = at,
            });
            db.Outbox.Add(new OutboxMessage
            {
                GuildId = Commands.GuildId, Kind = PostKind.BuddyPairing, ChannelId = Commands.ChannelId,
                PayloadJson = "{}", DeliveryKey = "n-pairing", Status = OutboxStatus.Sent, NextAttemptAtUtc = at, CreatedAtUtc = at, SentAtUtc = at,
            });
            await db.SaveChangesAsync();
        }

        var reply = await services.RunAsync("runwell status", Admin);

        var results = Card(reply, "Last results");
        Assert.Contains($"❌ Weekly summary {at:yyyy-MM-dd'T'HH:mm}Z: ❌ 1 failed", results, StringComparison.Ordinal);
        Assert.Contains("MissingPermission: Missing Access", results, StringComparison.Ordinal);
        Assert.Contains("view, send, embed and attach", results, StringComparison.Ordinal);
        Assert.Contains("✅ Buddy pairing", results, StringComparison.Ordinal);
        Assert.Contains("1 sent", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_counts_members_but_shows_nobodys_data()
    {
        await using var services = await TestServices.CreateAsync();
        var now = services.Time.GetUtcNow().UtcDateTime;
        await MemberRows.AddEverywhereAsync(services.Database, Commands.GuildId, Commands.AnnId, "ann-g1", Commands.BenId, now.AddDays(-1));
        await MemberRows.AddEverywhereAsync(services.Database, Commands.GuildId, Commands.BenId, "ben-g1", Commands.AnnId, now.AddDays(-10));
        await using (var db = services.Database.CreateContext())
        {
            db.Outbox.Add(new OutboxMessage
            {
                GuildId = Commands.GuildId, Kind = PostKind.Nudge, DirectMessageUserId = Commands.BenId, PayloadJson = "{}", DeliveryKey = "n-dm",
                Status = OutboxStatus.Failed, LastError = "DM to ben-g1 closed", NextAttemptAtUtc = now, CreatedAtUtc = now.AddDays(-1),
            });
            await db.SaveChangesAsync();
        }

        var reply = await services.RunAsync("runwell status", Admin);

        var members = Card(reply, "Members");
        Assert.Contains("Members: 2", members, StringComparison.Ordinal);
        Assert.Contains("Buddy pairing opt-ins: 2", members, StringComparison.Ordinal);
        Assert.Contains("Nudge opt-ins: 2", members, StringComparison.Ordinal);
        Assert.Contains("Paused right now: 1", members, StringComparison.Ordinal);
        Assert.Contains("1 DM(s) could not be delivered", Card(reply, "Last results"), StringComparison.Ordinal);

        var everything = reply.Message.Text.Plain + string.Concat(reply.Message.Cards.Select(c => c.Title + c.Body.Plain + string.Concat(c.Fields.Select(f => f.Value.Plain))));
        foreach (var secret in new[] { "ann-g1", "ben-g1", Commands.AnnId.ToString(), Commands.BenId.ToString() })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    private static string Card(Reply reply, string title) => reply.Message.Cards.Single(c => c.Title == title).Body.Plain;
}
