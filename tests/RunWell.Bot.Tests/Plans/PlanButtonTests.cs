using Microsoft.EntityFrameworkCore;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Plans;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Plans;

/// <summary>The three buttons of a slot reminder, pressed in a DM (no server in the interaction).</summary>
public sealed class PlanButtonTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestServices.DefaultNow.UtcDateTime);

    private static readonly Caller AnnInDm = Commands.Member() with { GuildId = null };

    private static string Button(string prefix) => $"{prefix}:{PlanReminderCopy.ButtonArgs(Commands.GuildId, Today)}";

    private static async Task<TestServices> ReminderSentAsync()
    {
        var services = await TestServices.CreateAsync();
        await MemberRows.EnsureClubAsync(services.Database, Commands.GuildId);
        var now = services.Time.GetUtcNow().UtcDateTime;
        await services.RowsAsync(new Member
        {
            GuildId = Commands.GuildId, UserId = Commands.AnnId, DisplayName = "Ann", CreatedAtUtc = now.AddDays(-30),
            PrivacyNoticeShownAtUtc = now.AddDays(-30), PlanSlots = "Wednesday 12:00", PlanMinutes = 20, PlanReminders = true,
        });
        await services.RowsAsync(new PlanReminder { GuildId = Commands.GuildId, UserId = Commands.AnnId, SlotDate = Today, SlotUtc = now, Minutes = 20, CreatedAtUtc = now });
        return services;
    }

    [Fact]
    public async Task Done_logs_the_planned_minutes_as_a_run_privately_and_a_double_press_logs_once()
    {
        await using var services = await ReminderSentAsync();

        var first = await services.PressAsync(Button(PlanReminderCopy.DonePrefix), AnnInDm);
        var second = await services.PressAsync(Button(PlanReminderCopy.DonePrefix), AnnInDm);
        var other = await services.PressAsync(Button(PlanReminderCopy.WalkPrefix), AnnInDm);

        Assert.Contains("Logged 20 min from your plan", first.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Already noted (done); nothing was added twice.", second.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Already noted (done)", other.Message.Text.Plain, StringComparison.Ordinal);
        var run = Assert.Single(await services.QueryAsync(db => db.Runs.ToListAsync()));
        Assert.Equal((20, RunKind.Run), (run.Minutes, run.Kind));
        var reminder = await services.QueryAsync(db => db.PlanReminders.SingleAsync());
        Assert.Equal((PlanAnswer.Done, run.Id), (reminder.Answer, reminder.RunId));
    }

    [Fact]
    public async Task Just_a_walk_logs_a_walk()
    {
        await using var services = await ReminderSentAsync();

        var reply = await services.PressAsync(Button(PlanReminderCopy.WalkPrefix), AnnInDm);

        Assert.Contains("Logged a 20 min walk", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(RunKind.Walk, (await services.QueryAsync(db => db.Runs.SingleAsync())).Kind);
    }

    [Fact]
    public async Task Not_today_logs_nothing_and_says_it_is_ok()
    {
        await using var services = await ReminderSentAsync();

        var reply = await services.PressAsync(Button(PlanReminderCopy.SkipPrefix), AnnInDm);

        Assert.Contains("That's OK", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain("miss", reply.Message.Text.Plain, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await services.QueryAsync(db => db.Runs.CountAsync()));
        Assert.Equal(PlanAnswer.NotToday, (await services.QueryAsync(db => db.PlanReminders.SingleAsync())).Answer);
    }

    [Fact]
    public async Task Someone_elses_press_or_a_forged_date_changes_nothing()
    {
        await using var services = await ReminderSentAsync();
        var ben = Commands.Member(Commands.BenId, "Ben") with { GuildId = null };

        var byBen = await services.PressAsync(Button(PlanReminderCopy.DonePrefix), ben);
        var forged = await services.PressAsync($"{PlanReminderCopy.DonePrefix}:{Commands.GuildId}:notadate", AnnInDm);

        Assert.Contains("expired", byBen.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("expired", forged.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(0, await services.QueryAsync(db => db.Runs.CountAsync()));
    }
}
