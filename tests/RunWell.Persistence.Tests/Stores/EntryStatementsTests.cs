using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Engine;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Stores;

/// <summary>
/// What the member's core loop sends to the database once the club and member exist: the round trips
/// every /checkin and /run log pays. The club and member come back in one statement, a replay is
/// caught by the source id's unique index rather than asked about before every insert, and the member
/// row is not written (their last activity is read from their entries): one command, so no transaction.
/// From the member's next entry on, the club and member come from memory (ClubMemberCache).
/// </summary>
public sealed class EntryStatementsTests
{
    private static readonly Caller Ann = Commands.Member();

    [Fact]
    public async Task A_check_in_reads_the_club_and_member_in_one_statement_and_then_only_inserts_itself()
    {
        using var log = StatementLog.Start();
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("checkin", Ann, ("mood", 5L), ("stress", 4L), ("energy", 6L));
        services.Time.Advance(TimeSpan.FromMinutes(5));

        var statements = await log.DuringAsync(services, Commands.Request("checkin", Ann, ("mood", 6L), ("stress", 3L), ("energy", 7L)), "Check-in saved");

        Assert.Equal(["SELECT Clubs+Members", "INSERT CheckIns"], statements);
        Assert.DoesNotContain("UPDATE Members", statements);
    }

    [Fact]
    public async Task Once_read_the_club_and_member_come_from_memory_and_a_check_in_is_one_insert()
    {
        using var log = StatementLog.Start();
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("checkin", Ann, ("mood", 5L), ("stress", 4L), ("energy", 6L)); // creates both rows
        services.Time.Advance(TimeSpan.FromMinutes(5));
        await services.RunAsync("checkin", Ann, ("mood", 5L), ("stress", 4L), ("energy", 6L)); // reads them
        services.Time.Advance(TimeSpan.FromMinutes(5));

        var statements = await log.DuringAsync(services, Commands.Request("checkin", Ann, ("mood", 6L), ("stress", 3L), ("energy", 7L)), "Check-in saved");

        Assert.Equal(["INSERT CheckIns"], statements);
    }

    [Fact]
    public async Task A_run_log_asks_for_the_club_and_member_and_its_before_check_in_and_nothing_else_before_its_insert()
    {
        using var log = StatementLog.Start();
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("checkin", Ann, ("mood", 5L), ("stress", 4L), ("energy", 6L));
        services.Time.Advance(TimeSpan.FromMinutes(30));

        var statements = await log.DuringAsync(services, Commands.Request("run log", Ann, ("minutes", 20L)), "Logged 20 min run");

        // Then the milestones' reads, which are not this test's concern.
        Assert.Equal(["SELECT Clubs+Members", "SELECT CheckIns", "INSERT Runs"], statements.Take(3));
        Assert.DoesNotContain("UPDATE Members", statements);
    }

    [Fact]
    public async Task Only_a_members_first_entry_writes_their_row_to_mark_the_privacy_notice_shown()
    {
        using var log = StatementLog.Start();
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("nudge on", Ann); // the member exists, with no entry yet

        var first = await log.DuringAsync(services, Commands.Request("checkin", Ann, ("mood", 5L), ("stress", 4L), ("energy", 6L)), "Check-in saved");
        services.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await log.DuringAsync(services, Commands.Request("checkin", Ann, ("mood", 6L), ("stress", 3L), ("energy", 7L)), "Check-in saved");

        Assert.Contains("UPDATE Members", first);
        Assert.Equal(["SELECT Clubs+Members", "INSERT CheckIns"], second);
    }

    /// <summary>
    /// Each statement as its verb and the tables it names, for one scope's context only (tests run in
    /// parallel). Listening starts before the first command: EF caches for a while that nobody listens.
    /// </summary>
    private sealed class StatementLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly string[] Tables = ["Clubs", "Members", "CheckIns", "Runs"];
        private readonly List<IDisposable> _subscriptions = [];
        private volatile DbContext? _context;

        private List<string> Statements { get; } = [];

        public static StatementLog Start()
        {
            var log = new StatementLog();
            log._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(log));
            return log;
        }

        public async Task<List<string>> DuringAsync(TestServices services, CommandRequest request, string answered)
        {
            lock (Statements)
            {
                Statements.Clear();
            }

            await using var scope = services.CreateScope();
            _context = scope.ServiceProvider.GetRequiredService<RunWellDbContext>();
            var reply = await scope.ServiceProvider.GetRequiredService<BotEngine>().RunCommandAsync(request, CancellationToken.None);
            _context = null;

            Assert.StartsWith(answered, reply.Message.Text.Plain, StringComparison.Ordinal);
            lock (Statements)
            {
                return [.. Statements];
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            var context = _context;
            if (context is null)
            {
                return;
            }

            var statement = value.Value switch
            {
                CommandExecutedEventData executed when executed.Context == context => Describe(executed.Command.CommandText),
                TransactionEndEventData committed when committed.Context == context && value.Key == RelationalEventId.TransactionCommitted.Name => "COMMIT",
                TransactionEndEventData started when started.Context == context && value.Key == RelationalEventId.TransactionStarted.Name => "BEGIN",
                _ => null,
            };
            if (statement is not null)
            {
                lock (Statements)
                {
                    Statements.Add(statement);
                }
            }
        }

        private static string Describe(string sql) =>
            sql.Split(' ', 2)[0] + " " + string.Join('+', Tables.Where(t => sql.Contains('"' + t + '"', StringComparison.Ordinal)));

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
