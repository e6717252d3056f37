using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Entries;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests;

/// <summary>The weekly summary counts the week's group runs and how many came, on a real SQLite file.</summary>
public sealed class GroupRunSummaryTests
{
    private static readonly DateTime SundaySlot = new(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private static readonly DateTime TuesdayMorning = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    private static GroupRun Run(DateTime startUtc, GroupRunStatus status) => new()
    {
        GuildId = Commands.GuildId, ChannelId = Commands.ChannelId, CreatorId = 1001, CreatorName = "m1001",
        StartUtc = startUtc, Minutes = 30, Location = "Park gate", Status = status, CreatedAtUtc = startUtc.AddDays(-2),
    };

    private static RunLog Arrival(ulong userId, long groupRunId, int moodAfter) => new()
    {
        GuildId = Commands.GuildId, UserId = userId, AtUtc = TuesdayMorning, LocalDate = Tuesday, Minutes = 30,
        MoodAfter = moodAfter, GroupRunId = groupRunId, CreatedAtUtc = TuesdayMorning.AddHours(1),
    };

    private static RunWell.Domain.Messaging.Message Present(TestServices services, OutboundDraft draft) =>
        services.Services.GetRequiredService<IPostPresenter>().Present(draft.Facts, draft.Language);

    private static Task<GroupPostDraft> DraftAsync(TestServices services) =>
        services.InScopeAsync(async sp =>
        {
            var club = (await sp.GetRequiredService<IClubStore>().FindAsync(Commands.GuildId, CancellationToken.None))!;
            return await sp.GetServices<IGroupPostProducer>().Single(p => p.Kind == PostKind.WeeklySummary).DraftAsync(club, SundaySlot, CancellationToken.None);
        });

    [Fact]
    public async Task The_summary_counts_the_weeks_group_runs_and_arrivals_but_no_mood_of_theirs()
    {
        await using var services = await TestServices.CreateAsync();
        await Seed.ClubAsync(services.Database);
        var held = Run(TuesdayMorning, GroupRunStatus.Finished);
        var cancelled = Run(TuesdayMorning.AddDays(2), GroupRunStatus.Cancelled);
        var lastWeek = Run(TuesdayMorning.AddDays(-7), GroupRunStatus.Finished);
        await services.RowsAsync(held, cancelled, lastWeek);
        for (ulong user = 1001; user <= 1003; user++)
        {
            await Seed.MemberAsync(services.Database, user);
        }

        // Three came to Tuesday's run, each with a very different after-mood: none of it may surface.
        await services.RowsAsync(Arrival(1001, held.Id, 1), Arrival(1002, held.Id, 10), Arrival(1003, held.Id, 9));

        var message = Present(services, Assert.Single((await DraftAsync(services)).Messages));

        var card = Assert.Single(message.Cards);
        Assert.Equal("1 · 3 came", card.Fields.Single(f => f.Name == "Group runs").Value.Plain);
        Assert.Equal("3", card.Fields.Single(f => f.Name == "Runs").Value.Plain);

        // No before check-ins, so no mood figure at all; and nothing per run or per member.
        Assert.Contains("isn't shown", card.Fields.Single(f => f.Name == "Mood").Value.Plain, StringComparison.Ordinal);
        var everything = message.Text.Plain + string.Join(' ', card.Fields.Select(f => f.Name + " " + f.Value.Plain));
        Assert.DoesNotContain("Park gate", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_without_group_runs_shows_no_group_run_line()
    {
        await using var services = await TestServices.CreateAsync();
        await Seed.ClubAsync(services.Database);
        await Seed.MemberAsync(services.Database, 1001);
        await Seed.RunAsync(services.Database, 1001, Tuesday, 20);

        var card = Assert.Single(Present(services, Assert.Single((await DraftAsync(services)).Messages)).Cards);

        Assert.DoesNotContain(card.Fields, f => f.Name == "Group runs");
    }
}
