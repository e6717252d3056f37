using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests;

/// <summary>The publisher and the outbox worker, without the calendar.</summary>
public sealed class DeliveryTests
{
    private static readonly DateTime Slot = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static async Task<(TestServices, FakeMessenger)> StartAsync()
    {
        var messenger = new FakeMessenger();
        var services = await TestServices.CreateAsync(b =>
        {
            b.Services.AddSingleton<IOutboundMessenger>(messenger);
            b.Services.AddScoped<OutboxDelivery>();
            b.Services.AddSingleton<IGroupPostProducer>(new FixedProducer(PostKind.BuddyPairing));
        });
        await Seed.ClubAsync(services.Database);
        return (services, messenger);
    }

    private static Task<PublishResult> PublishAsync(TestServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<GroupPostPublisher>().PublishAsync(Commands.GuildId, PostKind.BuddyPairing, Slot, CancellationToken.None));

    private static Task<DeliveryPass> DeliverAsync(TestServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None));

    [Fact]
    public async Task Publishing_the_same_slot_twice_records_one_post_with_one_outbox_row()
    {
        var (services, _) = await StartAsync();
        await using var _s = services;

        Assert.Equal(PublishResult.Posted, await PublishAsync(services));
        Assert.Equal(PublishResult.AlreadyPosted, await PublishAsync(services));

        var row = Assert.Single(await Seed.OutboxAsync(services.Database));
        Assert.False(string.IsNullOrEmpty(row.DeliveryKey));
        Assert.Equal(Assert.Single(await Seed.PostsAsync(services.Database, PostKind.BuddyPairing)).Id, row.ScheduledPostId);
    }

    [Fact]
    public async Task A_club_without_a_channel_is_skipped_and_nothing_is_recorded()
    {
        var messenger = new FakeMessenger();
        await using var services = await TestServices.CreateAsync(b =>
        {
            b.Services.AddSingleton<IOutboundMessenger>(messenger);
            b.Services.AddScoped<OutboxDelivery>();
            b.Services.AddSingleton<IGroupPostProducer>(new FixedProducer(PostKind.BuddyPairing));
        });
        await Seed.ClubAsync(services.Database, channel: null);

        Assert.Equal(PublishResult.NoChannel, await PublishAsync(services));
        Assert.Empty(await Seed.OutboxAsync(services.Database));
    }

    [Fact]
    public async Task A_transient_failure_is_retried_after_backoff_and_posted_once_with_the_same_nonce()
    {
        var (services, messenger) = await StartAsync();
        await using var _s = services;
        await PublishAsync(services);
        messenger.Then(SendStatus.Transient);

        Assert.Equal(new DeliveryPass(0, 1, 0), await DeliverAsync(services));
        Assert.Equal(new DeliveryPass(0, 0, 0), await DeliverAsync(services));

        services.Time.Advance(OutboxPolicy.BackoffAfter(1));
        Assert.Equal(new DeliveryPass(1, 0, 0), await DeliverAsync(services));
        Assert.Equal(new DeliveryPass(0, 0, 0), await DeliverAsync(services));

        var sends = messenger.Sends.ToList();
        Assert.Equal(2, sends.Count);
        Assert.Equal(sends[0].DeliveryKey, sends[1].DeliveryKey);
        var row = Assert.Single(await Seed.OutboxAsync(services.Database));
        Assert.Equal((OutboxStatus.Sent, 2), (row.Status, row.Attempts));
    }

    [Fact]
    public async Task A_missing_permission_fails_for_good_and_is_recorded_for_status()
    {
        var (services, messenger) = await StartAsync();
        await using var _s = services;
        await PublishAsync(services);
        messenger.Then(SendStatus.MissingPermission);

        Assert.Equal(new DeliveryPass(0, 0, 1), await DeliverAsync(services));
        services.Time.Advance(TimeSpan.FromDays(1));
        await DeliverAsync(services);

        Assert.Single(messenger.Sends);
        var row = Assert.Single(await Seed.OutboxAsync(services.Database));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.StartsWith("MissingPermission", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_send_that_may_have_posted_is_retried_only_inside_the_nonce_window_then_given_up()
    {
        var (services, messenger) = await StartAsync();
        await using var _s = services;
        await PublishAsync(services);
        messenger.Then([.. Enumerable.Repeat(SendStatus.Unconfirmed, 20)]);
        var first = services.Time.GetUtcNow();

        // The worker polls every 10 s; follow it for ten minutes, noting when each attempt went out.
        var sentAt = new List<TimeSpan>();
        for (var elapsed = TimeSpan.Zero; elapsed <= TimeSpan.FromMinutes(10); elapsed += TimeSpan.FromSeconds(10))
        {
            var before = messenger.Sends.Count;
            await DeliverAsync(services);
            if (messenger.Sends.Count > before)
                sentAt.Add(services.Time.GetUtcNow() - first);
            services.Time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.True(sentAt.Count > 1, "retried inside the window");
        Assert.All(sentAt, at => Assert.True(at < messenger.RepeatGuardWindow, $"an attempt {at} after the first could post twice"));
        var row = Assert.Single(await Seed.OutboxAsync(services.Database));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("may have posted", row.LastError, StringComparison.Ordinal);
        Assert.Single(messenger.Sends.Select(s => s.DeliveryKey).Distinct());
    }

    [Fact]
    public async Task A_retry_delayed_past_the_nonce_window_is_not_sent_but_one_confirmed_inside_it_is_sent_once()
    {
        var (services, messenger) = await StartAsync();
        await using var _s = services;
        await PublishAsync(services);
        messenger.Then(SendStatus.Unconfirmed);
        await DeliverAsync(services);

        // The process was down (or Discord rate-limited it) until the window had passed.
        services.Time.Advance(messenger.RepeatGuardWindow);
        Assert.Equal(new DeliveryPass(0, 0, 1), await DeliverAsync(services));

        Assert.Single(messenger.Sends);
        Assert.Equal(OutboxStatus.Failed, Assert.Single(await Seed.OutboxAsync(services.Database)).Status);
    }

    [Fact]
    public async Task A_send_that_may_have_posted_then_succeeds_inside_the_window_is_sent()
    {
        var (services, messenger) = await StartAsync();
        await using var _s = services;
        await PublishAsync(services);
        messenger.Then(SendStatus.Unconfirmed, SendStatus.Transient);

        await DeliverAsync(services);
        services.Time.Advance(OutboxPolicy.BackoffAfter(1));
        await DeliverAsync(services);
        services.Time.Advance(OutboxPolicy.BackoffAfter(2));
        Assert.Equal(new DeliveryPass(1, 0, 0), await DeliverAsync(services));

        Assert.Equal(3, messenger.Sends.Count);
        var row = Assert.Single(await Seed.OutboxAsync(services.Database));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.NotNull(row.UnconfirmedSinceUtc);
    }
}
