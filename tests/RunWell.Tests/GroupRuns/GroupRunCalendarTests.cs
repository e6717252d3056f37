using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RunWell.Domain.Posts;
using RunWell.FakeDiscord;
using RunWell.Scheduling.Jobs;
using RunWell.Tests.Delivery;

namespace RunWell.Tests.GroupRuns;

/// <summary>The calendar around group runs, on the real Quartz scheduler and a fake clock.</summary>
public sealed class GroupRunCalendarTests
{
    private static async Task<DateTimeOffset?> NextFireAsync(GroupRunBot bot, long runId, string step)
    {
        var scheduler = await bot.Host.Host!.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (await scheduler.GetTrigger(GroupRunJob.TriggerFor(runId, step)))?.NextFireTimeUtc;
    }

    [Fact]
    public async Task Reminders_follow_each_zones_wall_clock_across_its_dst_change()
    {
        // Sat 24 Oct 2026 12:00 UTC. Madrid leaves summer time on Sun 25 Oct, New York on Sun 1 Nov.
        var now = new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero);
        await using var bot = await GroupRunBot.StartAsync(now, members: [(GroupRunBot.Bea, "Europe/Madrid"), (GroupRunBot.Cy, "America/New_York")]);

        // 08:00 Madrid on Sunday (CET, 07:00 UTC) is before 09:00: reminded 20:00 the evening before (CEST, 18:00 UTC).
        await bot.CreateAsync("sun 08:00", "Retiro gate", GroupRunBot.Bea);
        // 10:00 New York on 1 Nov (EST, 15:00 UTC): reminded an hour before, 09:00 EST = 14:00 UTC.
        await bot.CreateAsync("2026-11-01 10:00", "Central Park", GroupRunBot.Cy);
        var runs = await bot.RunsAsync();
        Assert.Equal([new DateTime(2026, 10, 25, 7, 0, 0), new DateTime(2026, 11, 1, 15, 0, 0)], runs.Select(r => DateTime.SpecifyKind(r.StartUtc, DateTimeKind.Unspecified)));
        await bot.PressAsync($"grouprun:in:{runs[0].Id}", GroupRunBot.Bea);
        await bot.PressAsync($"grouprun:in:{runs[1].Id}", GroupRunBot.Cy);

        var madrid = new DateTimeOffset(2026, 10, 24, 18, 0, 0, TimeSpan.Zero);
        var newYork = new DateTimeOffset(2026, 11, 1, 14, 0, 0, TimeSpan.Zero);
        Assert.Equal(madrid, await NextFireAsync(bot, runs[0].Id, GroupRunJob.Remind));
        Assert.Equal(newYork, await NextFireAsync(bot, runs[1].Id, GroupRunJob.Remind));

        bot.Time.SetUtcNow(madrid);
        var first = await bot.Host.WaitForOutboxAsync(o => o.Kind == PostKind.GroupRunReminder && o.SentMessageId is not null);
        Assert.Equal(GroupRunBot.Bea, first.DirectMessageUserId);

        bot.Time.SetUtcNow(newYork);
        var second = await bot.Host.WaitForOutboxAsync(o => o.Kind == PostKind.GroupRunReminder && o.DirectMessageUserId == GroupRunBot.Cy && o.SentMessageId is not null);
        Assert.Equal(newYork.UtcDateTime, second.CreatedAtUtc);
        Assert.Equal(2, (await bot.Host.OutboxAsync()).Count(o => o.Kind == PostKind.GroupRunReminder));
    }

    [Fact]
    public async Task Reminders_off_and_pauses_are_respected()
    {
        var now = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
        await using var bot = await GroupRunBot.StartAsync(now, members: [(GroupRunBot.Bea, "UTC"), (GroupRunBot.Cy, "UTC")]);
        await bot.CreateAsync("sat 10:00", "Park gate");
        var run = Assert.Single(await bot.RunsAsync());
        await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Ann);
        await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Bea);
        await bot.PressAsync($"grouprun:in:{run.Id}", GroupRunBot.Cy);
        await bot.CommandAsync("reminders", GroupRunBot.Bea, options: [("setting", 3, "off")]);
        await bot.SendAsync(WithUser(FakeInteractions.SlashCommand(bot.Fake.ApplicationId, "pause", null, ("days", 4, 7)), GroupRunBot.Cy));

        bot.Time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var reminder = await bot.Host.WaitForOutboxAsync(o => o.Kind == PostKind.GroupRunReminder);

        Assert.Equal(GroupRunBot.Ann, reminder.DirectMessageUserId);
        Assert.Single(await bot.Host.OutboxAsync(), o => o.Kind == PostKind.GroupRunReminder);
    }

    [Fact]
    public async Task A_weekly_run_posts_next_weeks_event_and_announcement_once_even_across_a_restart()
    {
        // Every date here is before the day this was written (2 Dec 2026): Quartz handles a misfired
        // repeating trigger from the wall clock, so a fake clock ahead of it would spin the scheduler.
        var now = new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.Zero);
        await using var bot = await GroupRunBot.StartAsync(now);
        await bot.CreateAsync("sat 10:00", "Park gate", more: [("repeat", 3, "weekly")]);
        var first = Assert.Single(await bot.RunsAsync());
        await bot.WaitForChannelPostsAsync("**Group run**", 1);

        var end = new DateTimeOffset(2026, 11, 7, 10, 30, 0, TimeSpan.Zero);
        bot.Time.SetUtcNow(end);
        await bot.WaitForChannelPostsAsync("**Group run**", 2);
        await bot.WaitForChannelPostsAsync("**Who came?**", 1);

        await bot.RestartAsync(end.AddMinutes(5));
        var runs = await bot.RunsAsync();
        Assert.Equal(2, runs.Count);
        Assert.Equal((first.Id, new DateTime(2026, 11, 14, 10, 0, 0, DateTimeKind.Utc)), (runs[1].PreviousRunId!.Value, runs[1].StartUtc));
        // The memory store forgot every trigger: the startup job puts the run back on the calendar.
        await DeliveryHost.UntilAsync(async () => await NextFireAsync(bot, runs[1].Id, GroupRunJob.Finish) is not null);
        Assert.Equal(new DateTimeOffset(2026, 11, 14, 10, 30, 0, TimeSpan.Zero), await NextFireAsync(bot, runs[1].Id, GroupRunJob.Finish));

        // The second week ends: the restart re-planned it, and each step happened exactly once.
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 11, 14, 10, 30, 0, TimeSpan.Zero));
        await bot.WaitForChannelPostsAsync("**Who came?**", 2);
        await bot.WaitForChannelPostsAsync("**Group run**", 3);
        Assert.Equal(3, (await bot.RunsAsync()).Count);
        Assert.Equal(3, bot.Fake.Rest.Requests.Count(r => r.Route == FakeRoute.CreateScheduledEvent && r.Status == 200));
        var posts = await bot.Host.OutboxAsync();
        Assert.Equal(3, posts.Count(o => o.Kind == PostKind.GroupRunAnnouncement));
        Assert.Equal(2, posts.Count(o => o.Kind == PostKind.GroupRunWhoCame));
        Assert.Equal(posts.Count, posts.Select(o => o.DeliveryKey).Distinct().Count());
        Assert.Equal(5, bot.ChannelPosts("").Count);
    }

    private static System.Text.Json.Nodes.JsonObject WithUser(System.Text.Json.Nodes.JsonObject interaction, ulong user)
    {
        interaction["member"]!["user"]!["id"] = user.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return interaction;
    }
}
