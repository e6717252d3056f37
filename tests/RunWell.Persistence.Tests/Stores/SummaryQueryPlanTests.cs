using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RunWell.Persistence.Stores;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Stores;

/// <summary>
/// The weekly summary reads a week of a server's runs and check-ins, which on a large server are
/// thousands of rows scattered over a year of table pages. Every pass over the week must come from an
/// index that holds all the columns it reads (SQLite's "COVERING INDEX"), so the table is never visited
/// row by row. Checked on the plans SQLite gives for the exact statements EF sends.
/// </summary>
public sealed class SummaryQueryPlanTests
{
    private const ulong Guild = 1_288_000_000_000_000_001;
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateTime Release = new(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Every_pass_over_the_weeks_runs_and_check_ins_reads_a_covering_index()
    {
        await using var database = await TestDatabase.CreateAsync();
        var statements = new CapturedStatements();
        await using (var db = new SqliteRunWellDbContext(new DbContextOptionsBuilder<SqliteRunWellDbContext>()
            .UseSqlite(database.ConnectionString).AddInterceptors(statements).Options))
        {
            await new SummaryQueries(db).AggregateAsync(
                Guild, Monday, Monday.AddDays(6), Monday.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                Monday.AddDays(7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Release, CancellationToken.None);
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var weekPasses = new List<string>();
        foreach (var statement in statements.All)
        {
            foreach (var step in await PlanAsync(connection, statement))
            {
                // A pass over the week is a range search on LocalDate.
                if (step.Contains("LocalDate>", StringComparison.Ordinal))
                {
                    weekPasses.Add(step);
                }
            }
        }

        // Runs per member, check-ins per member, runs per day.
        Assert.Equal(3, weekPasses.Count);
        Assert.All(weekPasses, step => Assert.Contains("USING COVERING INDEX", step, StringComparison.Ordinal));
    }

    private static async Task<List<string>> PlanAsync(SqliteConnection connection, Statement statement)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
        foreach (var (name, value) in statement.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3)); // the "detail" column
        }

        return steps;
    }

    private sealed record Statement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    private sealed class CapturedStatements : DbCommandInterceptor
    {
        public List<Statement> All { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Capture(command);
            return ValueTask.FromResult(result);
        }

        private void Capture(DbCommand command) =>
            All.Add(new Statement(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
    }
}
