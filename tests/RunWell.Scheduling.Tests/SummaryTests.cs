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
        Assert.Null(((WeeklySummaryPost)draft.Facts).Mood);
        Assert.Contains("isn't shown", Field(Present(services, draft), "Mood"), StringComparison.Ordinal);
        Assert.DoesNotContain(WeeklySummaryBuilder.ChartDays(new SummaryWindow(Tuesday.AddDays(-1), Tuesday.AddDays(5), "k", 48),
            await services.InScopeAsync(sp => sp.GetRequiredService<ISummaryQueries>().AggregateAsync(Commands.GuildId, Tuesday.AddDays(-1), Tuesday.AddDays(5), SundaySlot.AddDays(-7), SundaySlot.AddDays(1), CancellationToken.None))),
            d => d.MoodBefore is not null);
    }

    [Fact]
    public async Task The_summary_shows_mood_from_three_names_everyone_who_ran_and_pings_nobody()
    {
        var (services, _) = await StartAsync(moodContributors: 3);
        await using var _s = services;

        var draft = await DraftAsync(services);
        var message = Present(services, Assert.Single(draft.Messages));
        Assert.Equal("2026-W48", draft.PeriodKey);
        Assert.Contains("+3.0 (from 3 members)", Field(message, "Mood"), StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 4), i => Assert.Contains($"@{1000 + i}", message.Text.Plain, StringComparison.Ordinal));
        Assert.Empty(message.Pings);
        Assert.Equal("50", Field(message, "Minutes"));
        Assert.Equal("week.png", Assert.Single(message.Files).FileName);
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
