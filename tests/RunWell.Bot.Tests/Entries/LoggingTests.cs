using RunWell.Bot.Presenters;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Copy;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Entries;

public sealed class LoggingTests
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member();

    [Fact]
    public async Task A_run_after_a_check_in_shows_before_to_after_and_one_warm_line()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("checkin", Ann, ("mood", 4L), ("stress", 7L), ("energy", 3L));
        services.Time.Advance(TimeSpan.FromMinutes(40));

        var reply = await services.RunAsync("run log", Ann, ("minutes", 20L), ("mood", 7L), ("stress", 4L), ("energy", 6L));

        Assert.Contains("mood 4 → 7 · stress 7 → 4 · energy 3 → 6", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain("pace", reply.Message.Text.Plain, StringComparison.OrdinalIgnoreCase);
        var runs = await services.RunsAsync();
        Assert.Equal((await services.CheckInsAsync()).Single().Id, runs.Single().BeforeCheckInId);
    }

    [Fact]
    public async Task A_check_in_more_than_three_hours_before_is_not_the_runs_before()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("checkin", Ann, ("mood", 4L), ("stress", 7L), ("energy", 3L));
        services.Time.Advance(TimeSpan.FromHours(3.5));

        var reply = await services.RunAsync("run log", Ann, ("minutes", 20L), ("mood", 7L));

        Assert.Contains("mood 7", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain("→", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Null((await services.RunsAsync()).Single().BeforeCheckInId);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public async Task Ten_minutes_or_less_is_a_micro_run(long minutes, bool micro)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("run log", Ann, ("minutes", minutes));

        Assert.Equal(micro, reply.Message.Text.Plain.Contains("micro-run", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("today 06:15", "2026-11-25", "06:15")]
    [InlineData("yesterday 18:30", "2026-11-24", "18:30")]
    [InlineData("2026-11-20 07:15", "2026-11-20", "07:15")]
    [InlineData("3 hours ago", "2026-11-25", "04:00")]
    [InlineData("mon 7am", "2026-11-23", "07:00")]
    [InlineData("ayer 18:30", "2026-11-24", "18:30")]
    [InlineData("yesterday ١٨:٣٠", "2026-11-24", "18:30")]
    [InlineData("yesterday", "2026-11-24", "12:00")]
    public async Task When_is_read_in_the_members_own_zone_and_fixes_the_local_day(string when, string date, string time)
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("profile timezone", Ann, ("tz", "America/New_York"));

        var reply = await services.RunAsync("run log", Ann, ("minutes", 20L), ("when", when));

        var run = (await services.RunsAsync()).Single();
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), run.LocalDate);
        Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), run.LocalTime);
        Assert.Equal(run.LocalDate.ToDateTime(run.LocalTime).AddHours(5), run.AtUtc);
        Assert.Contains(Dates.DayAndTime(run.LocalDate, run.LocalTime), reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_entry_notice_is_shown_exactly_once_even_after_undo()
    {
        await using var services = await TestServices.CreateAsync();

        var first = await services.RunAsync("checkin", Ann, ("mood", 6L), ("stress", 4L), ("energy", 5L));
        var second = await services.RunAsync("run log", Ann, ("minutes", 15L));
        await services.RunAsync("run undo", Ann);
        await services.RunAsync("run undo", Ann);
        var afterUndo = await services.RunAsync("run log", Ann, ("minutes", 15L));
        var ben = await services.RunAsync("run log", Commands.Member(Commands.BenId, "Ben"), ("minutes", 15L));

        Assert.Contains(CareCopy.PrivacyNotice.Plain, first.Message.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain(CareCopy.PrivacyNotice.Plain, second.Message.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain(CareCopy.PrivacyNotice.Plain, afterUndo.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(CareCopy.PrivacyNotice.Plain, ben.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 5, true)]
    [InlineData(2, 5, true)]
    [InlineData(3, 5, false)]
    [InlineData(6, 8, false)]
    [InlineData(6, 9, true)]
    [InlineData(6, 10, true)]
    public async Task The_signpost_line_appears_only_at_very_low_mood_or_very_high_stress(long mood, long stress, bool shown)
    {
        await using var services = await TestServices.CreateAsync();

        var checkIn = await services.RunAsync("checkin", Ann, ("mood", mood), ("stress", stress), ("energy", 5L));
        var run = await services.RunAsync("run log", Ann, ("minutes", 15L), ("mood", mood), ("stress", stress));

        Assert.Equal(shown, checkIn.Message.Text.Plain.Contains(CareCopy.Signpost.Plain, StringComparison.Ordinal));
        Assert.Equal(shown, run.Message.Text.Plain.Contains(CareCopy.Signpost.Plain, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_interaction_delivered_twice_stores_once()
    {
        await using var services = await TestServices.CreateAsync();
        var run = Commands.Request("run log", Ann, ("minutes", 20L));
        var checkIn = Commands.Request("checkin", Ann, ("mood", 5L), ("stress", 5L), ("energy", 5L));

        foreach (var request in new[] { run, run, checkIn, checkIn })
        {
            await services.InScopeAsync(sp => sp.GetRequiredService<Bot.Engine.BotEngine>().RunCommandAsync(request, CancellationToken.None));
        }

        Assert.Single(await services.RunsAsync());
        Assert.Single(await services.CheckInsAsync());
    }
}
