using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RunWell.DiscordAdapter;
using RunWell.Domain.Posts;
using RunWell.FakeDiscord;

namespace RunWell.Tests.Delivery;

/// <summary>A weekly summary from the outbox to the fake Discord, through the real host, under faults.</summary>
public sealed class ScheduledPostDeliveryTests
{
    /// <summary>Sunday 29 Nov 2026 18:00 UTC: the default summary slot of a UTC club.</summary>
    private static readonly DateTimeOffset SummarySlot = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A summary whose slot passed an hour ago on the wall clock, so the startup catch-up publishes it at
    /// once; the other weekly slots are days away so nothing else is posted.
    /// </summary>
    private static Task SeedSummaryDueAnHourAgoAsync(DeliveryHost bot)
    {
        var slot = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1);
        return bot.SeedClubAsync(c =>
        {
            c.SummaryDay = slot.DayOfWeek;
            c.SummaryTime = new TimeOnly(slot.Hour, slot.Minute);
            c.PairingDay = slot.AddDays(3).DayOfWeek;
            c.CheckInDay = slot.AddDays(4).DayOfWeek;
        });
    }

    // Wall clock on purpose: 429 and 5xx are absorbed by the REST client's own waits (retry_after,
    // 0.5 s backoff) inside one outbox attempt; that is the real behaviour, and it takes about a second.
    [Fact]
    public async Task A_summary_answered_429_then_global_429_then_500_is_retried_and_posted_once_under_one_nonce()
    {
        await using var bot = await DeliveryHost.CreateAsync();
        await SeedSummaryDueAnHourAgoAsync(bot);
        bot.Fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(429, RetryAfter: 0.3));
        bot.Fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(429, RetryAfter: 0.3, Global: true));
        bot.Fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(500));

        await bot.StartHostAsync();
        var row = await bot.WaitForOutboxAsync(r => r.Status != OutboxStatus.Pending);

        Assert.Equal((PostKind.WeeklySummary, OutboxStatus.Sent, 1), (row.Kind, row.Status, row.Attempts));
        var posts = bot.ChannelPosts();
        Assert.Equal([429, 429, 500, 200], posts.Select(p => p.Status));
        Assert.All(posts, p => Assert.Equal(DiscordNonce.For(row.DeliveryKey), p.Json!.Value.GetProperty("nonce").GetString()));
        Assert.All(posts, p => Assert.True(p.Json!.Value.GetProperty("enforce_nonce").GetBoolean()));
        Assert.NotNull(row.SentMessageId);
        bot.AssertEveryCreateMessageLimitsMentions();
    }

    [Fact]
    public async Task A_summary_still_pending_when_the_bot_stops_is_posted_once_by_the_next_start()
    {
        await using var bot = await DeliveryHost.CreateAsync();
        await SeedSummaryDueAnHourAgoAsync(bot);

        // The REST client's first try and its three retries all fail: the outbox keeps the row for later.
        bot.Fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(500), count: 4);
        await bot.StartHostAsync();
        var pending = await bot.WaitForOutboxAsync(r => r.Attempts == 1);
        Assert.Equal(OutboxStatus.Pending, pending.Status);
        await bot.StopHostAsync();
        Assert.DoesNotContain(bot.ChannelPosts(), p => p.Status == 200);

        // The next process starts a minute later (a fake clock, so the 10 s backoff needs no real wait).
        var restart = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddMinutes(1));
        await bot.StartHostAsync(restart);
        var sent = await bot.WaitForOutboxAsync(r => r.Status == OutboxStatus.Sent);

        // A delivery pass an hour later must find nothing left to send.
        restart.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new DeliveryPass(0, 0, 0), await bot.DeliverDueNowAsync());
        Assert.Equal((pending.Id, 2), (sent.Id, sent.Attempts));
        Assert.Single(await bot.OutboxAsync());
        var posts = bot.ChannelPosts();
        Assert.Equal([500, 500, 500, 500, 200], posts.Select(p => p.Status));
        Assert.All(posts, p => Assert.Equal(DiscordNonce.For(pending.DeliveryKey), p.Json!.Value.GetProperty("nonce").GetString()));
        bot.AssertEveryCreateMessageLimitsMentions();
    }

    // Fake clock: a 403 is never retried by the REST client, so no real wait is involved, and the
    // clock can be moved an hour on to prove the outbox does not retry either.
    [Fact]
    public async Task A_missing_permission_fails_the_post_for_good_and_status_shows_it_with_a_hint()
    {
        await using var bot = await DeliveryHost.CreateAsync();
        await bot.SeedClubAsync();
        bot.Fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(403, 50013));

        await bot.StartHostAsync(new FakeTimeProvider(SummarySlot));
        var row = await bot.WaitForOutboxAsync(r => r.Status != OutboxStatus.Pending);
        // The gateway's timers run on the same fake clock: moved an hour on while its WebSocket handshake
        // was still in flight, the 30-s handshake timeout fired and the reconnect waited for a clock that
        // never moved again (no commands registered, no /status). So the clock moves once the gateway is up.
        await bot.Fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, DeliveryHost.Wait);
        // An hour on (past every backoff the row could have had), a delivery pass finds nothing to retry.
        bot.Time!.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new DeliveryPass(0, 0, 0), await bot.DeliverDueNowAsync());

        Assert.Equal((OutboxStatus.Failed, 1), (row.Status, row.Attempts));
        Assert.StartsWith("MissingPermission", row.LastError, StringComparison.Ordinal);
        Assert.Equal([403], bot.ChannelPosts().Select(p => p.Status));

        // Created "now" on the host's fake clock: an interaction older than 3 s is never run.
        var status = FakeInteractions.SlashCommand(bot.Fake.ApplicationId, "runwell", ["status"]).CreatedAt(bot.Time!.GetUtcNow());
        status["member"]!["permissions"] = "32"; // Manage Server
        await bot.Fake.Gateway.SendInteractionAsync(status);
        var reply = await bot.Fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback, DeliveryHost.Wait);
        var text = string.Join('\n', Strings(reply.Json!.Value));
        Assert.Contains("❌ 1 failed", text, StringComparison.Ordinal);
        Assert.Contains("Check RunWell can view, send, embed and attach in the club channel", text, StringComparison.Ordinal);
        bot.AssertEveryCreateMessageLimitsMentions();
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
