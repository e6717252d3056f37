using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Domain.Summaries;
using RunWell.Persistence;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests;

public sealed class SummaryTests
{
    private static readonly DateTime SundaySlot = new(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    private sealed class SqlCapture : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private static async Task<(TestServices, SqlCapture)> StartAsync(int moodContributors)
    {
        var capture = new SqlCapture();
        var services = await TestServices.CreateAsync(b => b.Services.ConfigureDbContext<SqliteRunWellDbContext>(o => o.AddInterceptors(capture)));
        await Seed.ClubAsync(services.Database);
        for (ulong i = 1; i <= 4; i++)
        {
            await Seed.MemberAsync(services.Database, 1000 + i);
            var withMood = i <= (ulong)moodContributors;
            await Seed.RunAsync(services.Database, 1000 + i, Tuesday, (int)(5 * i), withMood ? 4 : null, withMood ? 7 : null);
        }

        return (services, capture);
    }

    private static Task<GroupPostDraft> DraftAsync(TestServices services) =>
        services.InScopeAsync(async sp =>
        {
            var club = (await sp.GetRequiredService<IClubStore>().FindAsync(Commands.GuildId, CancellationToken.None))!;
            return await sp.GetServices<IGroupPostProducer>().Single(p => p.Kind == PostKind.WeeklySummary).DraftAsync(club, SundaySlot, CancellationToken.None);
        });

    private static RunWell.Domain.Messaging.Message Present(TestServices services, OutboundDraft draft) =>
        services.Services.GetRequiredService<IPostPresenter>().Present(draft.Facts, draft.Language);

    private static string Field(RunWell.Domain.Messaging.Message message, string name) =>
        message.Cards[0].Fields.Single(f => f.Name == name).Value.Plain;

    [Fact]
    public async Task The_summary_hides_group_mood_below_three_contributors()
    {
        var (services, _) = await StartAsync(moodContributors: 2);
        await using var _s = services;

        var draft = Assert.Single((await DraftAsync(services)).Messages);
        Assert.Equal(MoodFigureState.TooFewMembers, ((WeeklySummaryPost)draft.Facts).Mood.State);
        Assert.Contains("isn't shown", Field(Present(services, draft), "Mood"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_shows_mood_from_three_names_everyone_who_ran_and_pings_nobody()
    {
        var (services, _) = await StartAsync(moodContributors: 3);
        await using var _s = services;

        var draft = await DraftAsync(services);
        var message = Present(services, Assert.Single(draft.Messages));
        Assert.Equal("2026-W48", draft.PeriodKey);
        // Three members each +3: the released figure is +3 plus a little noise, rounded to 0.5, and
        // the count below 10 is never exact.
        var mood = ((WeeklySummaryPost)Assert.Single(draft.Messages).Facts).Mood;
        Assert.Equal(MoodFigureState.Shown, mood.State);
        Assert.Null(mood.ExactMembers);
        Assert.Equal(0, (mood.Value!.Value * 2) % 1);
        var figure = System.Text.RegularExpressions.Regex.Match(Field(message, "Mood"), @"about ([+−±])(\d+\.\d) \(from a few members, each counted once\)");
        Assert.True(figure.Success, Field(message, "Mood"));
        Assert.DoesNotContain("3 members", Field(message, "Mood"), StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 4), i => Assert.Contains($"@{1000 + i}", message.Text.Plain, StringComparison.Ordinal));
        Assert.Empty(message.Pings);
        Assert.Equal("50", Field(message, "Minutes"));
        Assert.Equal("week.png", Assert.Single(message.Files).FileName);
    }

    [Fact]
    public async Task A_member_who_turned_the_shout_out_off_is_counted_but_never_named()
    {
        var (services, _) = await StartAsync(moodContributors: 0);
        await using var _s = services;
        await services.QueryAsync(async db =>
        {
            (await db.Members.SingleAsync(m => m.UserId == 1002)).HiddenFromShoutOut = true;
            return await db.SaveChangesAsync();
        });

        var message = Present(services, Assert.Single((await DraftAsync(services)).Messages));

        Assert.DoesNotContain("@1002", message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("@1001", message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("and more of you", message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal("4", Field(message, "Runs"));
    }

    [Fact]
    public async Task A_completed_week_drafts_the_same_figure_again_even_after_a_run_is_backdated_into_it()
    {
        var (services, _) = await StartAsync(moodContributors: 3);
        await using var _s = services;
        var posted = ((WeeklySummaryPost)Assert.Single((await DraftAsync(services)).Messages).Facts).Mood;

        // Logged after the week was released, dated inside it.
        await services.RowsAsync(new RunWell.Domain.Entries.CheckIn { GuildId = Commands.GuildId, UserId = 1004, AtUtc = SundaySlot.AddDays(-4), LocalDate = Tuesday, Mood = 1, Stress = 5, Energy = 5, CreatedAtUtc = SundaySlot.AddHours(1) });
        var checkInId = await services.QueryAsync(db => db.CheckIns.Where(c => c.UserId == 1004).Select(c => c.Id).SingleAsync());
        await services.RowsAsync(new RunWell.Domain.Entries.RunLog { GuildId = Commands.GuildId, UserId = 1004, AtUtc = SundaySlot.AddDays(-4), LocalDate = Tuesday, Minutes = 20, MoodAfter = 10, BeforeCheckInId = checkInId, CreatedAtUtc = SundaySlot.AddHours(1) });
        var again = ((WeeklySummaryPost)Assert.Single((await DraftAsync(services)).Messages).Facts).Mood;

        Assert.Equal(posted, again);
    }

    [Fact]
    public async Task The_summary_reads_aggregates_never_every_entry()
    {
        var (services, capture) = await StartAsync(moodContributors: 3);
        await using var _s = services;
        capture.Commands.Clear();

        await DraftAsync(services);

        var reads = capture.Commands.Where(c => c.Contains("\"Runs\"", StringComparison.Ordinal) || c.Contains("\"CheckIns\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, sql => Assert.True(
            sql.Contains("GROUP BY", StringComparison.Ordinal) || sql.Contains("COUNT(", StringComparison.Ordinal) || sql.Contains("DISTINCT", StringComparison.Ordinal),
            "Not an aggregate: " + sql));
    }
}
