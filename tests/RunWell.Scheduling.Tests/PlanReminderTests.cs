using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Posts;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests;

/// <summary>Slot reminders through the real Quartz scheduler on fake time, over a real SQLite file.</summary>
public sealed class PlanReminderTests
{
    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

    private static Action<Member> Plan(string slots, bool eveningBefore = false) => m =>
    {
        m.PlanSlots = slots;
        m.PlanMinutes = 15;
        m.PlanReminders = true;
        m.PlanEveningBefore = eveningBefore;
        m.CreatedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    };

    private static async Task<DateTimeOffset?> NextReminderAsync(RhythmHost host) =>
        (await (await host.SchedulerAsync()).GetTrigger(RhythmKeys.PlanReminder(Commands.GuildId, Commands.AnnId)))?.NextFireTimeUtc;

    /// <summary>Starts the bot and waits until the member's reminder is on the calendar.</summary>
    private static async Task<RhythmHost> StartAsync(TestDatabase database, DateTimeOffset now)
    {
        var host = await RhythmHost.StartAsync(database, now);
        await RhythmHost.WaitUntilAsync(async () => await NextReminderAsync(host) is not null);
        return host;
    }

    /// <summary>Moves the clock to the reminder and waits until its firing has planned the next one.</summary>
    private static async Task FireAsync(RhythmHost host, DateTimeOffset slot)
    {
        Assert.Equal(slot, await NextReminderAsync(host));
        host.Services.Time.SetUtcNow(slot);
        await RhythmHost.WaitUntilAsync(async () => await NextReminderAsync(host) > slot);
    }

    private static IEnumerable<Sent> DirectMessages(RhythmHost host) => host.Messenger.Sends.Where(s => s.UserId == Commands.AnnId);

    // Monday 09:00 local on both sides of each clock change.
    public static TheoryData<string, string, string> ClockChanges => new()
    {
        { "Europe/London", "2026-03-23T09:00:00Z", "2026-03-30T08:00:00Z" },   // BST starts 29 Mar
        { "Europe/London", "2026-10-19T08:00:00Z", "2026-10-26T09:00:00Z" },   // BST ends 25 Oct
        { "America/New_York", "2026-03-02T14:00:00Z", "2026-03-09T13:00:00Z" }, // EDT starts 8 Mar
        { "America/New_York", "2026-10-26T13:00:00Z", "2026-11-02T14:00:00Z" }, // EDT ends 1 Nov
    };

    [Theory]
    [MemberData(nameof(ClockChanges))]
    public async Task A_reminder_goes_out_once_at_the_local_slot_on_both_sides_of_a_clock_change(string zone, string before, string after)
    {
        var (first, second) = (At(before), At(after));
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database, zone);
        await Seed.MemberAsync(database, Commands.AnnId, Plan("Monday 09:00"));
        await using var host = await StartAsync(database, first.AddDays(-2));

        await FireAsync(host, first);
        await FireAsync(host, second);

        var posts = await Seed.PostsAsync(database, PostKind.PlanReminder);
        Assert.Equal([first.UtcDateTime, second.UtcDateTime], posts.Select(p => p.CreatedAtUtc));
        Assert.Equal(second.AddDays(7), await NextReminderAsync(host));
        await RhythmHost.WaitUntilAsync(() => Task.FromResult(DirectMessages(host).Count() == 2));
        var dm = DirectMessages(host).First().Message;
        Assert.StartsWith("🌱 Your Monday 09:00 slot: even 5 minutes counts.", dm.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(["Done", "Just a walk today", "Not today — that's OK"], dm.Buttons.Select(b => b.Label));
    }

    [Fact]
    public async Task A_slot_in_the_quiet_hours_is_never_reminded_at_night_and_the_evening_before_only_when_allowed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database, "Europe/London");
        await Seed.MemberAsync(database, Commands.AnnId, Plan("Wednesday 06:30;Friday 18:00"));
        await Seed.MemberAsync(database, Commands.BenId, m => { Plan("Wednesday 06:30", eveningBefore: true)(m); });

        // Monday 23 Nov 2026: Ann's Wednesday 06:30 gets no reminder, so her next is Friday 18:00.
        await using var host = await StartAsync(database, At("2026-11-23T12:00:00Z"));

        // The start-up plans members one by one: wait for Ben's too before reading it.
        async Task<DateTimeOffset?> BensAsync() =>
            (await (await host.SchedulerAsync()).GetTrigger(RhythmKeys.PlanReminder(Commands.GuildId, Commands.BenId)))?.NextFireTimeUtc;
        await RhythmHost.WaitUntilAsync(async () => await BensAsync() is not null);

        Assert.Equal(At("2026-11-27T18:00:00Z"), await NextReminderAsync(host));
        Assert.Equal(At("2026-11-24T20:00:00Z"), await BensAsync());
    }

    [Fact]
    public async Task No_reminder_after_a_run_that_day_or_while_paused_and_a_walk_is_suggested_when_slots_are_kept()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database, "Europe/London");
        await Seed.MemberAsync(database, Commands.AnnId, Plan("Tuesday 18:00;Wednesday 18:00;Thursday 18:00"));
        await using (var db = database.CreateContext())
        {
            var tuesday = new DateTime(2026, 11, 24, 7, 0, 0, DateTimeKind.Utc);
            db.Runs.Add(new RunLog { GuildId = Commands.GuildId, UserId = Commands.AnnId, AtUtc = tuesday, LocalDate = DateOnly.FromDateTime(tuesday), Minutes = 20, CreatedAtUtc = tuesday });
            db.Pauses.Add(new Pause { GuildId = Commands.GuildId, UserId = Commands.AnnId, StartUtc = At("2026-11-25T10:00:00Z").UtcDateTime, EndUtc = At("2026-11-25T23:00:00Z").UtcDateTime });
            db.Pauses.Add(new Pause { GuildId = Commands.GuildId, UserId = Commands.AnnId, StartUtc = At("2026-11-26T10:00:00Z").UtcDateTime, EndUtc = At("2026-11-26T23:00:00Z").UtcDateTime, KeepSlots = true });
            await db.SaveChangesAsync();
        }

        await using var host = await StartAsync(database, At("2026-11-23T12:00:00Z"));
        await FireAsync(host, At("2026-11-24T18:00:00Z"));   // ran that morning
        await FireAsync(host, At("2026-11-25T18:00:00Z"));   // paused
        await FireAsync(host, At("2026-11-26T18:00:00Z"));   // paused, slots kept

        var post = Assert.Single(await Seed.PostsAsync(database, PostKind.PlanReminder));
        Assert.Equal($"2026-11-26:{Commands.AnnId}", post.PeriodKey);
        await RhythmHost.WaitUntilAsync(() => Task.FromResult(DirectMessages(host).Any()));
        Assert.Contains("an easy walk keeps the slot", Assert.Single(DirectMessages(host)).Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_right_after_a_reminder_does_not_send_it_again()
    {
        var slot = At("2026-11-24T18:00:00Z");
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database, "Europe/London");
        await Seed.MemberAsync(database, Commands.AnnId, Plan("Tuesday 18:00"));

        await using (var first = await StartAsync(database, slot.AddHours(-3)))
        {
            await FireAsync(first, slot);
            await RhythmHost.WaitUntilAsync(() => Task.FromResult(DirectMessages(first).Any()));
        }

        // Back two minutes later: the startup looks an hour back, finds the slot, and its key is taken.
        await using (var back = await StartAsync(database, slot.AddMinutes(2)))
        {
            await RhythmHost.WaitUntilAsync(async () => await NextReminderAsync(back) == slot.AddDays(7));
            Assert.Empty(DirectMessages(back));
        }

        Assert.Single(await Seed.PostsAsync(database, PostKind.PlanReminder));
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.PlanReminders.CountAsync());
    }

    [Fact]
    public async Task A_reminder_due_during_a_short_downtime_is_caught_up_once()
    {
        var slot = At("2026-11-24T18:00:00Z");
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database, "Europe/London");
        await Seed.MemberAsync(database, Commands.AnnId, Plan("Tuesday 18:00"));

        await using var back = await StartAsync(database, slot.AddMinutes(20));
        await RhythmHost.WaitUntilAsync(async () => await NextReminderAsync(back) == slot.AddDays(7));

        Assert.Single(await Seed.PostsAsync(database, PostKind.PlanReminder));
        await RhythmHost.WaitUntilAsync(() => Task.FromResult(DirectMessages(back).Count() == 1));
    }

    [Fact]
    public async Task Changing_ones_time_zone_moves_the_pending_reminder_at_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database, "Europe/London");
        await Seed.MemberAsync(database, Commands.AnnId, Plan("Monday 09:00"));
        await using var host = await StartAsync(database, At("2026-11-25T12:00:00Z"));
        Assert.Equal(At("2026-11-30T09:00:00Z"), await NextReminderAsync(host));

        await host.Services.RunAsync("profile timezone", Commands.Member(), ("tz", "America/New_York"));

        Assert.Equal(At("2026-11-30T14:00:00Z"), await NextReminderAsync(host));
    }
}
