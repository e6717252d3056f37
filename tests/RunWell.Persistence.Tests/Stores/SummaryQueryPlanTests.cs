using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
            foreach (var step in await QueryPlan.StepsAsync(connection, statement))
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
}
