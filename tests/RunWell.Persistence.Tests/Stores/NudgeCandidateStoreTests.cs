using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;
using RunWell.Domain.Entries;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;
using RunWell.Persistence.Stores;
using RunWell.Persistence.Tests.Postgres;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Stores;

/// <summary>
/// The nudge sweep reads each candidate's last activity in one query per batch of servers: the newest of
/// their check-ins, runs (a group run they were at is one) and buddy answers, never another server's.
/// </summary>
public sealed class NudgeCandidateStoreTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    private const ulong Guild = 710;
    private const ulong OtherGuild = 711;
    private const ulong NothingHere = 1;
    private const ulong CheckInNewest = 2;
    private const ulong BackdatedRunNewest = 3;
    private const ulong AnswerNewest = 4;
    private const ulong GroupRunNewest = 5;
    private static readonly DateTime Now = new(2026, 11, 25, 17, 5, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Each_candidate_comes_with_the_newest_of_their_check_ins_runs_and_buddy_answers_on_sqlite()
    {
        await using var services = await TestServices.CreateAsync();
        await EachCandidateHasItsLastActivityAsync(services.Services);
    }

    [PostgresFact]
    public async Task Each_candidate_comes_with_the_newest_of_their_check_ins_runs_and_buddy_answers_on_postgres()
    {
        await using var services = await PostgresServices.StartAsync(postgres.ConnectionString);
        await EachCandidateHasItsLastActivityAsync(services.Services);
    }

    /// <summary>
    /// One statement for the server, whatever the number of candidates, and each part of it a seek at
    /// the end of a (GuildId, UserId, time) index without touching the table. Without the answers' own
    /// such index SQLite walked the server's answers newest first until it met the member's.
    /// </summary>
    [Fact]
    public async Task The_candidates_and_their_last_activity_come_in_one_statement_each_part_read_through_an_index()
    {
        var (candidates, steps) = await ReadWithPlanAsync(store => store.ListCandidatesAsync(Guild, Now, CancellationToken.None));
        var plan = string.Join(Environment.NewLine, steps);

        Assert.Equal(5, candidates.Count);

        Assert.True(steps.Exists(s => s.Contains("USING COVERING INDEX IX_CheckIns_GuildId_UserId_AtUtc (GuildId=? AND UserId=?)", StringComparison.Ordinal)), plan);
        Assert.True(steps.Exists(s => s.Contains("USING COVERING INDEX IX_Runs_GuildId_UserId_AtUtc (GuildId=? AND UserId=?)", StringComparison.Ordinal)), plan);
        Assert.True(steps.Exists(s => s.Contains("USING COVERING INDEX IX_BuddyAnswers_GuildId_UserId_AnsweredAtUtc (GuildId=? AND UserId=?)", StringComparison.Ordinal)), plan);
        Assert.False(steps.Exists(s => s.StartsWith("SCAN", StringComparison.Ordinal)), plan);
    }

    /// <summary>
    /// The sweep reads its servers in batches: one statement for several servers, each candidate with
    /// their own server's activity only, still read through the indexes (2,000 servers were 2,000
    /// statements at every start, competing with the outbox and the gateway).
    /// </summary>
    [Fact]
    public async Task Several_servers_candidates_come_in_one_statement_each_with_their_own_servers_activity_on_sqlite()
    {
        var (candidates, steps) = await ReadWithPlanAsync(store => store.ListCandidatesAsync([OtherGuild, Guild], Now, CancellationToken.None));

        Assert.Equal(BothServers, candidates.Select(c => (c.Member.GuildId, c.Member.UserId, c.LastActivityAtUtc)));
        Assert.False(steps.Exists(s => s.StartsWith("SCAN", StringComparison.Ordinal)), string.Join(Environment.NewLine, steps));
    }

    /// <summary>Seeds a SQLite file, runs one read through the store and returns what it read with the plan of its only statement.</summary>
    private static async Task<(IReadOnlyList<NudgeCandidate> Candidates, List<string> Plan)> ReadWithPlanAsync(Func<NudgeStore, Task<IReadOnlyList<NudgeCandidate>>> read)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var seed = database.CreateContext())
        {
            await SeedAsync(seed);
        }

        var statements = new CapturedStatements();
        IReadOnlyList<NudgeCandidate> candidates;
        await using (var db = new SqliteRunWellDbContext(new DbContextOptionsBuilder<SqliteRunWellDbContext>()
            .UseSqlite(database.ConnectionString).AddInterceptors(statements).Options))
        {
            candidates = await read(new NudgeStore(db));
        }

        var statement = Assert.Single(statements.All);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return (candidates, await QueryPlan.StepsAsync(connection, statement));
    }

    /// <summary>Ordered by server, then member; the other server's member has only its own check-in.</summary>
    private static readonly (ulong, ulong, DateTime?)[] BothServers =
    [
        (Guild, NothingHere, null),
        (Guild, CheckInNewest, Now.AddDays(-2)),
        (Guild, BackdatedRunNewest, Now.AddDays(-1)),
        (Guild, AnswerNewest, Now.AddHours(-1)),
        (Guild, GroupRunNewest, Now.AddHours(-2)),
        (OtherGuild, NothingHere, Now.AddMinutes(-5)),
    ];

    private static async Task EachCandidateHasItsLastActivityAsync(IServiceProvider root)
    {
        await using (var seed = root.CreateAsyncScope())
        {
            await SeedAsync(seed.ServiceProvider.GetRequiredService<RunWellDbContext>());
        }

        await using var scope = root.CreateAsyncScope();
        var candidates = await scope.ServiceProvider.GetRequiredService<INudgeStore>().ListCandidatesAsync(Guild, Now, CancellationToken.None);

        Assert.Equal(
            [
                (NothingHere, null),
                (CheckInNewest, Now.AddDays(-2)),
                (BackdatedRunNewest, Now.AddDays(-1)),
                (AnswerNewest, Now.AddHours(-1)),
                (GroupRunNewest, Now.AddHours(-2)),
            ],
            candidates.Select(c => (c.Member.UserId, c.LastActivityAtUtc)));

        // The sweep's batched read, on this provider too.
        var both = await scope.ServiceProvider.GetRequiredService<INudgeStore>().ListCandidatesAsync([OtherGuild, Guild], Now, CancellationToken.None);
        Assert.Equal(BothServers, both.Select(c => (c.Member.GuildId, c.Member.UserId, c.LastActivityAtUtc)));
        var other = await scope.ServiceProvider.GetRequiredService<INudgeStore>().ListCandidatesAsync([OtherGuild], Now, CancellationToken.None);
        Assert.Equal([(OtherGuild, NothingHere)], other.Select(c => (c.Member.GuildId, c.Member.UserId)));
    }

    private static async Task SeedAsync(RunWellDbContext db)
    {
        db.Clubs.AddRange(Club(Guild), Club(OtherGuild));
        db.Members.AddRange(
            Member(Guild, NothingHere), Member(Guild, CheckInNewest), Member(Guild, BackdatedRunNewest),
            Member(Guild, AnswerNewest), Member(Guild, GroupRunNewest), Member(OtherGuild, NothingHere));
        var week = new BuddyGroup { GuildId = Guild, WeekStart = new DateOnly(2026, 11, 23), CreatedAtUtc = Now.AddDays(-3) };
        var groupRun = new GroupRun { GuildId = Guild, CreatorName = "Ben", StartUtc = Now.AddHours(-2), Minutes = 30, Location = "the gate", CreatedAtUtc = Now.AddDays(-7) };
        db.AddRange(week, groupRun);
        await db.SaveChangesAsync();

        db.AddRange(
            // Activity in another server is that server's business.
            CheckIn(OtherGuild, NothingHere, Now.AddMinutes(-5)),
            CheckIn(Guild, CheckInNewest, Now.AddDays(-2)),
            Run(Guild, CheckInNewest, Now.AddDays(-5)),
            Answer(week, CheckInNewest, Now.AddDays(-3)),
            // Logged just now, but it happened yesterday: when it happened is what counts.
            Run(Guild, BackdatedRunNewest, Now.AddDays(-1), loggedAtUtc: Now),
            CheckIn(Guild, BackdatedRunNewest, Now.AddDays(-4)),
            Run(Guild, AnswerNewest, Now.AddDays(-3)),
            Answer(week, AnswerNewest, Now.AddHours(-1)),
            CheckIn(Guild, GroupRunNewest, Now.AddDays(-3)),
            Run(Guild, GroupRunNewest, groupRun.StartUtc, loggedAtUtc: Now, groupRunId: groupRun.Id));
        await db.SaveChangesAsync();
    }

    private static Club Club(ulong guildId) => new() { GuildId = guildId, Name = "Club " + guildId, CreatedAtUtc = Now.AddDays(-60) };

    private static Member Member(ulong guildId, ulong userId) =>
        new() { GuildId = guildId, UserId = userId, DisplayName = "m" + userId, NudgeOptIn = true, CreatedAtUtc = Now.AddDays(-30) };

    private static CheckIn CheckIn(ulong guildId, ulong userId, DateTime atUtc) => new()
    {
        GuildId = guildId, UserId = userId, AtUtc = atUtc, LocalDate = DateOnly.FromDateTime(atUtc), Mood = 5, Stress = 5, Energy = 5, CreatedAtUtc = atUtc,
    };

    private static RunLog Run(ulong guildId, ulong userId, DateTime atUtc, DateTime? loggedAtUtc = null, long? groupRunId = null) => new()
    {
        GuildId = guildId, UserId = userId, AtUtc = atUtc, LocalDate = DateOnly.FromDateTime(atUtc), Minutes = 20, GroupRunId = groupRunId, CreatedAtUtc = loggedAtUtc ?? atUtc,
    };

    private static BuddyAnswer Answer(BuddyGroup week, ulong userId, DateTime atUtc) =>
        new() { GroupId = week.Id, GuildId = week.GuildId, UserId = userId, Answer = BuddyAnswerKind.Ran, AnsweredAtUtc = atUtc };
}
