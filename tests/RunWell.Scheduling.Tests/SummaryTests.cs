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

    [Fact]
    public async Task The_summary_hides_group_mood_below_three_contributors()
    {
        var (services, _) = await StartAsync(moodContributors: 2);
        await using var _s = services;

        var message = Assert.Single((await DraftAsync(services)).Messages).Message;
        Assert.Contains("isn't shown", message.Cards[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_shows_mood_from_three_names_everyone_who_ran_and_pings_nobody()
    {
        var (services, _) = await StartAsync(moodContributors: 3);
        await using var _s = services;

        var draft = await DraftAsync(services);
        var message = Assert.Single(draft.Messages).Message;
        Assert.Equal("2026-W48", draft.PeriodKey);
        // Three members each +3: the released figure is +3 plus a little noise, rounded to 0.5, and
        // the count below 10 is never exact.
        var figure = System.Text.RegularExpressions.Regex.Match(message.Cards[0].Body, @"\*\*about ([+−±])(\d+\.\d)\*\* \(from a few members, each counted once\)");
        Assert.True(figure.Success, message.Cards[0].Body);
        var value = double.Parse(figure.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, (value * 2) % 1);
        Assert.DoesNotContain("3 members", message.Cards[0].Body, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 4), i => Assert.Contains($"<@{1000 + i}>", message.Text, StringComparison.Ordinal));
        Assert.Empty(message.PingUserIds);
        Assert.Equal("50", message.Cards[0].Fields.Single(f => f.Name == "Minutes").Value);
        Assert.Equal(WeeklySummaryBuilder.ChartFileName, Assert.Single(message.Files).FileName);
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

        var message = Assert.Single((await DraftAsync(services)).Messages).Message;

        Assert.DoesNotContain("<@1002>", message.Text, StringComparison.Ordinal);
        Assert.Contains("<@1001>", message.Text, StringComparison.Ordinal);
        Assert.Equal("4", message.Cards[0].Fields.Single(f => f.Name == "Runs").Value);
    }

    [Fact]
    public async Task A_completed_week_drafts_the_same_figure_again_even_after_a_run_is_backdated_into_it()
    {
        var (services, _) = await StartAsync(moodContributors: 3);
        await using var _s = services;
        var posted = Assert.Single((await DraftAsync(services)).Messages).Message.Cards[0].Body;

        // Logged after the week was released, dated inside it.
        await services.RowsAsync(new RunWell.Domain.Entries.CheckIn { GuildId = Commands.GuildId, UserId = 1004, AtUtc = SundaySlot.AddDays(-4), LocalDate = Tuesday, Mood = 1, Stress = 5, Energy = 5, CreatedAtUtc = SundaySlot.AddHours(1) });
        var checkInId = await services.QueryAsync(db => db.CheckIns.Where(c => c.UserId == 1004).Select(c => c.Id).SingleAsync());
        await services.RowsAsync(new RunWell.Domain.Entries.RunLog { GuildId = Commands.GuildId, UserId = 1004, AtUtc = SundaySlot.AddDays(-4), LocalDate = Tuesday, Minutes = 20, MoodAfter = 10, BeforeCheckInId = checkInId, CreatedAtUtc = SundaySlot.AddHours(1) });
        var again = Assert.Single((await DraftAsync(services)).Messages).Message.Cards[0].Body;

        Assert.Equal(MoodLine(posted), MoodLine(again));
    }

    private static string MoodLine(string body) => body.Split('\n')[0];

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
