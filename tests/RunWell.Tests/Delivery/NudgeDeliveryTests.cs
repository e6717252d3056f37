using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;
using RunWell.Domain.Posts;
using RunWell.FakeDiscord;
using RunWell.Scheduling.Jobs;

namespace RunWell.Tests.Delivery;

/// <summary>Micro-run nudges from the sweep to the fake Discord: closed DMs, and a clock change on the way.</summary>
public sealed class NudgeDeliveryTests
{
    /// <summary>Wednesday 25 Nov 2026 17:00 UTC: the default nudge time of a UTC club.</summary>
    private static readonly DateTimeOffset NudgeTime = new(2026, 11, 25, 17, 0, 0, TimeSpan.Zero);

    private static readonly string Channel = DeliveryHost.ChannelId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A member who opted in a month before their last activity, a check-in at <paramref name="lastActiveUtc"/>.</summary>
    private static async Task SeedQuietMemberAsync(DeliveryHost bot, DateTime lastActiveUtc, Action<Member>? edit = null)
    {
        await bot.SeedMemberAsync(m =>
        {
            m.NudgeOptIn = true;
            m.CreatedAtUtc = lastActiveUtc.AddDays(-30);
            edit?.Invoke(m);
        });
        await using var db = bot.Database.CreateContext();
        db.CheckIns.Add(new CheckIn
        {
            GuildId = DeliveryHost.GuildId, UserId = DeliveryHost.MemberId, AtUtc = lastActiveUtc,
            LocalDate = DateOnly.FromDateTime(lastActiveUtc), Mood = 5, Stress = 5, Energy = 5, CreatedAtUtc = lastActiveUtc,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<NudgeDelivery> RecordedDeliveryAsync(DeliveryHost bot)
    {
        await using var db = bot.Database.CreateContext();
        return (await db.Nudges.SingleAsync()).Delivery;
    }

    // Fake clock: a 403 is final for the REST client, so nothing waits; the first sweep runs at start.
    [Fact]
    public async Task With_consent_a_nudge_to_closed_dms_becomes_one_plain_mention_that_says_nothing_of_quiet_days()
    {
        await using var bot = await DeliveryHost.CreateAsync();
        await bot.SeedClubAsync(c => c.SupportText = "Samaritans: 116 123");
        await SeedQuietMemberAsync(bot, NudgeTime.UtcDateTime.AddDays(-5), m => m.NudgeIfDmsClosed = NudgeFallback.MentionInChannel);
        bot.Fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(403, 50007));

        await bot.StartHostAsync(new FakeTimeProvider(NudgeTime));
        var row = await bot.WaitForOutboxAsync(r => r.Status != OutboxStatus.Pending);

        Assert.Equal((PostKind.Nudge, OutboxStatus.Sent), (row.Kind, row.Status));
        var creates = bot.Fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.CreateMessage).ToList();
        Assert.Equal(2, creates.Count);
        Assert.Equal((403, 200), (creates[0].Status, creates[1].Status));
        Assert.NotEqual(Channel, creates[0].MajorId);
        Assert.Equal(Channel, creates[1].MajorId);

        var fallback = creates[1].Json!.Value;
        var content = fallback.GetProperty("content").GetString()!;
        Assert.Contains($"<@{DeliveryHost.MemberId}>", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Samaritans", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Micro-run idea", content, StringComparison.Ordinal);
        foreach (var telling in new[] { "quiet", "nudge", "DM", "missed", "while", "haven't" })
        {
            Assert.DoesNotContain(telling, content, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(NudgeDelivery.ClubChannel, await RecordedDeliveryAsync(bot));
        Assert.False(fallback.TryGetProperty("components", out var components) && components.GetArrayLength() > 0);
        var mentions = fallback.GetProperty("allowed_mentions");
        Assert.Equal(0, mentions.GetProperty("parse").GetArrayLength());
        Assert.Equal([DeliveryHost.MemberId.ToString(CultureInfo.InvariantCulture)], mentions.GetProperty("users").EnumerateArray().Select(u => u.GetString()));
        Assert.NotEqual(creates[0].Json!.Value.GetProperty("nonce").GetString(), fallback.GetProperty("nonce").GetString());
        bot.AssertEveryCreateMessageLimitsMentions();
    }

    [Fact]
    public async Task Without_consent_a_nudge_to_closed_dms_posts_nothing_anywhere_and_is_recorded_as_skipped()
    {
        await using var bot = await DeliveryHost.CreateAsync();
        await bot.SeedClubAsync();
        await SeedQuietMemberAsync(bot, NudgeTime.UtcDateTime.AddDays(-5));
        bot.Fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(403, 50007));

        await bot.StartHostAsync(new FakeTimeProvider(NudgeTime));
        var row = await bot.WaitForOutboxAsync(r => r.Status != OutboxStatus.Pending);

        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Null(row.FallbackPayloadJson);
        Assert.Equal([403], bot.Fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.CreateMessage).Select(r => r.Status));
        Assert.Empty(bot.ChannelPosts());
        Assert.Equal(NudgeDelivery.Skipped, await RecordedDeliveryAsync(bot));
    }

    [Fact]
    public async Task A_nudge_that_reached_the_dms_is_recorded_as_a_direct_message()
    {
        await using var bot = await DeliveryHost.CreateAsync();
        await bot.SeedClubAsync();
        await SeedQuietMemberAsync(bot, NudgeTime.UtcDateTime.AddDays(-5), m => m.NudgeIfDmsClosed = NudgeFallback.MentionInChannel);

        await bot.StartHostAsync(new FakeTimeProvider(NudgeTime));
        var row = await bot.WaitForOutboxAsync(r => r.Status != OutboxStatus.Pending);

        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Empty(bot.ChannelPosts());
        Assert.Equal(NudgeDelivery.DirectMessage, await RecordedDeliveryAsync(bot));
    }

    [Fact]
    public async Task A_nudge_to_closed_dms_in_a_club_without_a_channel_is_skipped()
    {
        await using var bot = await DeliveryHost.CreateAsync();
        await bot.SeedClubAsync(c => c.ChannelId = null);
        await SeedQuietMemberAsync(bot, NudgeTime.UtcDateTime.AddDays(-5), m => m.NudgeIfDmsClosed = NudgeFallback.MentionInChannel);
        bot.Fake.Rest.FailNext(FakeRoute.CreateMessage, new FakeFault(403, 50007));

        await bot.StartHostAsync(new FakeTimeProvider(NudgeTime));
        var row = await bot.WaitForOutboxAsync(r => r.Status != OutboxStatus.Pending);

        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.StartsWith("DMs closed; skipped", row.LastError, StringComparison.Ordinal);
        Assert.Equal([403], bot.Fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.CreateMessage).Select(r => r.Status));
        bot.AssertEveryCreateMessageLimitsMentions();
    }

    // Real Quartz on a fake clock, sweep by sweep (every 15 min) from before the clocks go back. London
    // leaves BST at 01:00 UTC on Sunday 25 Oct 2026; the member was last active on Thursday 22 Oct (BST)
    // and is nudged after 4 quiet days, so the nudge belongs to Monday 26 Oct at 17:00 GMT = 17:00 UTC.
    // An offset kept from summer would nudge at 16:00 UTC; a day counted wrongly, on Sunday or Tuesday.
    [Fact]
    public async Task A_nudge_due_after_the_autumn_clock_change_arrives_once_at_17_00_local_on_the_right_day()
    {
        await using var bot = await DeliveryHost.CreateAsync();
        await bot.SeedClubAsync(c => c.TimeZoneId = "Europe/London");
        await SeedQuietMemberAsync(bot, new DateTime(2026, 10, 22, 11, 0, 0, DateTimeKind.Utc));
        await bot.StartHostAsync(new FakeTimeProvider(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)));

        await bot.StepThroughFiringsAsync(NudgeSweepJob.TriggerKey, new DateTimeOffset(2026, 10, 26, 17, 30, 0, TimeSpan.Zero));

        var dm = await bot.Fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.CreateMessage && r.MajorId != Channel, DeliveryHost.Wait);
        await using var db = bot.Database.CreateContext();
        var nudge = Assert.Single(await db.ScheduledPosts.Where(p => p.Kind == PostKind.Nudge).ToListAsync());
        Assert.Equal(($"2026-10-26:{DeliveryHost.MemberId}", new DateTime(2026, 10, 26, 17, 0, 0, DateTimeKind.Utc)), (nudge.PeriodKey, nudge.CreatedAtUtc));
        Assert.Equal(200, dm.Status);
        Assert.Equal(1, bot.Fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateMessage && r.MajorId != Channel));
        Assert.Equal(1, bot.Fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateDm));
        bot.AssertEveryCreateMessageLimitsMentions();
    }
}
