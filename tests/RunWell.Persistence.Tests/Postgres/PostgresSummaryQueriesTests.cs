using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Clubs;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Summaries;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Postgres;

/// <summary>The summary's one pass per member (conditional counts over a left join) as PostgreSQL runs it.</summary>
public sealed class PostgresSummaryQueriesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const ulong Guild = 1_288_000_000_000_888_001;
    private const ulong Ann = 1_288_000_000_000_888_101;
    private const ulong Bo = 1_288_000_000_000_888_102;
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateTime Release = new(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc);

    [PostgresFact]
    public async Task Runners_micro_runs_days_and_one_mood_change_per_member_on_postgres()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        await services.QueryAsync(async db =>
        {
            db.AddRange(
                new Club { GuildId = Guild, Name = "Summary", TimeZoneId = "Europe/London" },
                new Member { GuildId = Guild, UserId = Ann, DisplayName = "Ann" },
                new Member { GuildId = Guild, UserId = Bo, DisplayName = "Bo" });
            await db.SaveChangesAsync();
            var before = CheckIn(Ann, Monday, mood: 4);
            var late = CheckIn(Bo, Monday.AddDays(1), mood: 2, createdAt: Release.AddHours(1)); // stored after the release
            db.CheckIns.AddRange(before, late);
            await db.SaveChangesAsync();
            db.Runs.AddRange(
                Run(Ann, Monday, 30, moodAfter: 7, before.Id), // +3
                Run(Ann, Monday.AddDays(2), 5, moodAfter: null, null), // a micro-run, no mood
                Run(Bo, Monday.AddDays(1), 20, moodAfter: 8, late.Id), // its check-in came too late: no change
                Run(Bo, Monday.AddDays(7), 40, moodAfter: null, null)); // next week: outside
            return await db.SaveChangesAsync();
        });

        await using var scope = services.Services.CreateAsyncScope();
        var week = await scope.ServiceProvider.GetRequiredService<ISummaryQueries>().AggregateAsync(
            Guild, Monday, Monday.AddDays(6), Monday.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Monday.AddDays(7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Release, CancellationToken.None);

        Assert.Equal([new RunnerCount(Ann, 2, 35), new RunnerCount(Bo, 1, 20)], week.Runners.OrderBy(r => r.UserId));
        Assert.Equal(1, week.MicroRuns);
        Assert.Equal([3.0], week.MemberMoodChanges);
        Assert.Equal([new DayAggregate(Monday, 30), new DayAggregate(Monday.AddDays(1), 20), new DayAggregate(Monday.AddDays(2), 5)], week.Days);
        Assert.Equal([Ann, Bo], week.CheckedIn.Order());
    }

    private static CheckIn CheckIn(ulong user, DateOnly date, int mood, DateTime? createdAt = null)
    {
        var at = date.ToDateTime(new TimeOnly(7, 30), DateTimeKind.Utc);
        return new CheckIn
        {
            GuildId = Guild, UserId = user, AtUtc = at, LocalDate = date, LocalTime = new TimeOnly(7, 30),
            Mood = mood, Stress = 5, Energy = 5, CreatedAtUtc = createdAt ?? at,
        };
    }

    private static RunLog Run(ulong user, DateOnly date, int minutes, int? moodAfter, long? beforeId)
    {
        var at = date.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        return new RunLog
        {
            GuildId = Guild, UserId = user, AtUtc = at, LocalDate = date, LocalTime = new TimeOnly(8, 0),
            Minutes = minutes, MoodAfter = moodAfter, BeforeCheckInId = beforeId, CreatedAtUtc = at,
        };
    }
}
