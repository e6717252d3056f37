using RunWell.Testing;

namespace RunWell.Bot.Tests.Entries;

public sealed class UndoAndHistoryTests
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member();
    private static readonly Bot.Engine.Caller Ben = Commands.Member(Commands.BenId, "Ben");

    [Fact]
    public async Task Undo_removes_the_last_run_and_says_what_it_was()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("checkin", Ann, ("mood", 5L), ("stress", 5L), ("energy", 5L));
        await services.RunAsync("run log", Ann, ("minutes", 25L), ("kind", "jog-walk"));

        var reply = await services.RunAsync("run undo", Ann);

        Assert.Contains("Removed your last run", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("25 min jog-walk", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Empty(await services.RunsAsync());
        Assert.Single(await services.CheckInsAsync());
    }

    [Fact]
    public async Task Undo_moves_the_quiet_days_for_nudges_back_to_what_remains()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("when", "2 days ago"));
        await services.RunAsync("run log", Ann, ("minutes", 20L));

        await services.RunAsync("run undo", Ann);

        Assert.Equal(TestServices.DefaultNow.UtcDateTime.AddDays(-2), await services.LastActivityAsync());
    }

    [Fact]
    public async Task Undoing_an_older_backdated_entry_leaves_newer_activity_alone()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("run log", Ann, ("minutes", 20L));
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("when", "2 days ago"));

        await services.RunAsync("run undo", Ann);

        Assert.Equal(TestServices.DefaultNow.UtcDateTime, await services.LastActivityAsync());
    }

    [Fact]
    public async Task Undo_removes_a_check_in_and_the_run_it_was_before_keeps_its_own_ratings()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("checkin", Ann, ("mood", 3L), ("stress", 8L), ("energy", 2L));
        services.Time.Advance(TimeSpan.FromMinutes(30));
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("mood", 7L), ("when", "2 hours ago"));
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.RunAsync("checkin", Ann, ("mood", 6L), ("stress", 4L), ("energy", 6L));

        var first = await services.RunAsync("run undo", Ann);
        var second = await services.RunAsync("run undo", Ann);
        var third = await services.RunAsync("run undo", Ann);

        Assert.Contains("check-in", first.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("mood 6 · stress 4", first.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Removed your last run", second.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("mood 3 · stress 8", third.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(0, await services.EntryCountAsync());
    }

    [Fact]
    public async Task Undoing_a_before_check_in_leaves_its_run_standing()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("mood", 7L));
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.RunAsync("checkin", Ann, ("mood", 3L), ("stress", 8L), ("energy", 2L), ("concern", "work"));
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.RunAsync("run log", Ann, ("minutes", 15L), ("mood", 6L));
        await services.RunAsync("run undo", Ann);
        await services.RunAsync("run log", Ann, ("minutes", 15L), ("mood", 6L));

        Assert.NotNull((await services.RunsAsync())[^1].BeforeCheckInId);
        await services.RunAsync("run undo", Ann);
        await services.RunAsync("run undo", Ann);

        var run = Assert.Single(await services.RunsAsync());
        Assert.Equal(7, run.MoodAfter);
        Assert.Empty(await services.CheckInsAsync());
    }

    [Fact]
    public async Task Undo_with_nothing_logged_says_so_and_never_touches_another_members_entries()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("run log", Ben, ("minutes", 20L));
        await services.RunAsync("run log", Ann, ("minutes", 20L));

        var annAgain = await services.RunAsync("run undo", Ann);
        var nothing = await services.RunAsync("run undo", Ann);

        Assert.Contains("Removed", annAgain.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("nothing to undo", nothing.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Single(await services.RunsAsync(Commands.BenId));
    }

    [Fact]
    public async Task Undo_only_reaches_entries_in_this_server()
    {
        await using var services = await TestServices.CreateAsync();
        var annElsewhere = Commands.Member(guildId: Commands.GuildId + 1);
        await services.RunAsync("run log", Ann, ("minutes", 20L));
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.RunAsync("run log", annElsewhere, ("minutes", 30L));

        var reply = await services.RunAsync("run undo", Ann);

        Assert.Contains("20 min run", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(30, Assert.Single(await services.RunsAsync()).Minutes);
    }

    [Fact]
    public async Task History_shows_the_last_ten_entries_newest_first_and_only_ones_own()
    {
        await using var services = await TestServices.CreateAsync();
        for (var i = 1; i <= 12; i++)
        {
            await services.RunAsync("run log", Ann, ("minutes", (long)i), ("when", $"{13 - i} hours ago"));
        }

        await services.RunAsync("checkin", Ben, ("mood", 2L), ("stress", 9L), ("energy", 2L));

        var reply = await services.RunAsync("run history", Ann);
        var lines = reply.Message.Text.Plain.Split('\n');

        Assert.Equal(11, lines.Length);
        Assert.Contains("12 min run", lines[1], StringComparison.Ordinal);
        Assert.Contains("3 min run", lines[10], StringComparison.Ordinal);
        Assert.DoesNotContain("check-in", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_with_nothing_logged_is_an_invitation()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("run history", Ann);

        Assert.Contains("No entries yet", reply.Message.Text.Plain, StringComparison.Ordinal);
    }
}
