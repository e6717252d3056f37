using Microsoft.EntityFrameworkCore;
using RunWell.Bot.Copy;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Plans;

public sealed class PlanCommandTests
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member();

    [Fact]
    public async Task Setting_a_plan_confirms_privately_with_the_next_slots_as_timestamps_and_the_spirit()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("plan set", Ann, ("days", "tue thu sat"), ("time", "07:00"));

        var text = reply.Message.Text.Plain;
        Assert.Contains("Tue 07:00 · Thu 07:00 · Sat 07:00, 15 easy minutes each", text, StringComparison.Ordinal);

        // Wed 25 Nov 2026 12:00 UTC: next are Thu 26, Sat 28 and Tue 1 Dec at 07:00 (UTC server).
        Assert.Contains("2026-11-26T07:00Z, 2026-11-28T07:00Z, 2026-12-01T07:00Z", text, StringComparison.Ordinal);
        Assert.Contains("5 minutes counts, and a walk counts too", text, StringComparison.Ordinal);
        Assert.Contains("Reminders: off", text, StringComparison.Ordinal);
        var member = await services.QueryAsync(db => db.Members.SingleAsync());
        Assert.Equal("Tuesday 07:00;Thursday 07:00;Saturday 07:00", member.PlanSlots);
        Assert.Equal(15, member.PlanMinutes);
        Assert.False(member.PlanReminders);
    }

    [Fact]
    public async Task Spanish_days_with_their_own_times_minutes_and_reminders_are_kept()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("plan set", Ann, ("days", "martes 07:00 sábado 09:30"), ("minutes", 25L), ("reminders", true));

        Assert.Contains("Reminders: on", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Next reminder: 2026-11-28T09:30Z", reply.Message.Text.Plain, StringComparison.Ordinal);
        var member = await services.QueryAsync(db => db.Members.SingleAsync());
        Assert.Equal("Tuesday 07:00;Saturday 09:30", member.PlanSlots);
        Assert.Equal(25, member.PlanMinutes);
        Assert.True(member.PlanReminders);
    }

    public static TheoryData<string, string?, string> Refusals => new()
    {
        { "tue funday", "07:00", "I don't know \"funday\" as a day" },
        { "tue thu", null, "Tuesday has no time" },
        { "tue thu", "25:61", "\"25:61\" isn't a time I can read" },
        { "07:00 tue", null, "\"07:00\" comes before any day" },
        { "tue tue", "07:00", "\"tue\" appears twice" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Bad_input_gets_a_clear_private_reply_and_stores_nothing(string days, string? time, string expected)
    {
        await using var services = await TestServices.CreateAsync();
        (string, object?)[] options = time is null ? [("days", days)] : [("days", days), ("time", time)];

        var reply = await services.RunAsync("plan set", Ann, options);

        Assert.Contains(expected, reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was saved.", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(0, await services.QueryAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task Minutes_outside_5_to_120_are_refused_before_anything_is_stored()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("plan set", Ann, ("days", "tue"), ("time", "07:00"), ("minutes", 3L));

        Assert.Contains("Nothing was saved.", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(0, await services.QueryAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task Show_and_clear_read_and_remove_the_plan_and_asking_stores_nothing()
    {
        await using var services = await TestServices.CreateAsync();
        var none = await services.RunAsync("plan show", Ann);
        Assert.Equal(PlanCopy.NoPlan.Plain, none.Message.Text.Plain);
        Assert.Equal(0, await services.QueryAsync(db => db.Members.CountAsync()));

        await services.RunAsync("plan set", Ann, ("days", "wed 06:30"), ("reminders", true), ("evening_before", true));
        var shown = await services.RunAsync("plan show", Ann);
        var cleared = await services.RunAsync("plan clear", Ann);
        var again = await services.RunAsync("plan clear", Ann);

        Assert.Contains("Wed 06:30", shown.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Wed 06:30 fall in those hours, so their reminder comes at 20:00 the evening before", shown.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("plan is cleared", cleared.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("no plan to clear", again.Message.Text.Plain, StringComparison.Ordinal);
        var member = await services.QueryAsync(db => db.Members.SingleAsync());
        Assert.Null(member.PlanSlots);
        Assert.False(member.PlanReminders);
    }

    [Fact]
    public async Task Setting_again_keeps_minutes_and_reminders_that_were_left_out()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("plan set", Ann, ("days", "tue"), ("time", "07:00"), ("minutes", 20L), ("reminders", true));

        await services.RunAsync("plan set", Ann, ("days", "thu"), ("time", "18:00"));

        var member = await services.QueryAsync(db => db.Members.SingleAsync());
        Assert.Equal("Thursday 18:00", member.PlanSlots);
        Assert.Equal(20, member.PlanMinutes);
        Assert.True(member.PlanReminders);
    }

    [Fact]
    public async Task Pause_with_keep_slots_is_stored_and_said()
    {
        await using var services = await TestServices.CreateAsync();

        var kept = await services.RunAsync("pause", Ann, ("days", 5L), ("keep_slots", true));

        Assert.Contains("slot reminders stay on", kept.Message.Text.Plain, StringComparison.Ordinal);
        Assert.True((await services.QueryAsync(db => db.Pauses.SingleAsync())).KeepSlots);
    }
}
