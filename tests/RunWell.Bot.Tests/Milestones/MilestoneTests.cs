using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Milestones;
using RunWell.Domain.Posts;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Milestones;

public sealed class MilestoneTests
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member();
    private static readonly Bot.Engine.Caller Ben = Commands.Member(Commands.BenId, "Ben");

    [Fact]
    public async Task The_first_and_fifth_runs_get_one_private_line_each_and_are_reached_exactly_once()
    {
        await using var services = await TestServices.CreateAsync();

        var replies = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            replies.Add((await services.RunAsync("run log", Ann, ("minutes", 10L))).Message.Text.Plain);
        }

        await services.RunAsync("run undo", Ann);
        var again = (await services.RunAsync("run log", Ann, ("minutes", 10L))).Message.Text.Plain;

        Assert.Contains("Your first run with RunWell", replies[0], StringComparison.Ordinal);
        Assert.All(replies.Skip(1).Take(3), r => Assert.DoesNotContain("🎉", r, StringComparison.Ordinal));
        Assert.Contains("That's run number 5", replies[4], StringComparison.Ordinal);
        Assert.DoesNotContain("🎉", again, StringComparison.Ordinal);
        var recorded = await services.QueryAsync(db => db.Milestones.Select(m => new { m.Kind, m.Count }).ToListAsync());
        Assert.Equal(2, recorded.Count);
        Assert.All(recorded, m => Assert.Equal(MilestoneKind.Runs, m.Kind));
    }

    [Fact]
    public async Task Four_weeks_in_a_row_with_a_paused_week_among_them_is_a_milestone()
    {
        await using var services = await TestServices.CreateAsync();

        // Runs in the weeks of 2 and 16 Nov, a pause through the week of 9 Nov, and today (week of 23 Nov).
        // A check-in creates Ann's member row (read-only commands such as /profile show no longer do).
        await services.RunAsync("checkin", Ann, ("mood", 6L), ("stress", 4L), ("energy", 6L));
        await services.RowsAsync(Run(new DateTime(2026, 11, 2, 7, 0, 0, DateTimeKind.Utc)), Run(new DateTime(2026, 11, 18, 7, 0, 0, DateTimeKind.Utc)));
        await services.RowsAsync(new Pause
        {
            GuildId = Commands.GuildId, UserId = Commands.AnnId, StartUtc = new DateTime(2026, 11, 9, 8, 0, 0, DateTimeKind.Utc),
            EndUtc = new DateTime(2026, 11, 13, 8, 0, 0, DateTimeKind.Utc),
        });

        var reply = await services.RunAsync("run log", Ann, ("minutes", 20L));

        Assert.Contains("4 weeks in a row", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_member_who_said_celebrate_on_is_named_in_the_summary_and_only_with_the_milestone()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("distance_km", 5.0));
        await services.RunAsync("run log", Ben, ("minutes", 20L));
        var said = await services.RunAsync("profile celebrate", Ann, ("setting", "on"));

        var text = await SummaryTextAsync(services);

        Assert.Contains("never pace or distance", said.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains($"🎉 Milestones: @{Commands.AnnId} their first run", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Commands.BenId}> their first run", text, StringComparison.Ordinal);
        Assert.DoesNotContain("km", text, StringComparison.Ordinal);

        await services.RunAsync("profile celebrate", Ann, ("setting", "off"));
        Assert.DoesNotContain("Milestones:", await SummaryTextAsync(services), StringComparison.Ordinal);
    }

    private static RunLog Run(DateTime at) => new()
    {
        GuildId = Commands.GuildId, UserId = Commands.AnnId, AtUtc = at, LocalDate = DateOnly.FromDateTime(at), LocalTime = TimeOnly.FromDateTime(at),
        Minutes = 20, CreatedAtUtc = at,
    };

    private static Task<string> SummaryTextAsync(TestServices services) =>
        services.InScopeAsync(async sp =>
        {
            var producer = ((IEnumerable<IGroupPostProducer>)sp.GetService(typeof(IEnumerable<IGroupPostProducer>))!).Last(p => p.Kind == PostKind.WeeklySummary);
            var club = await services.QueryAsync(db => db.Clubs.SingleAsync());
            var draft = await producer.DraftAsync(club, new DateTime(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc), CancellationToken.None);
            return draft.Messages.Single().Message().Text.Plain;
        });
}
