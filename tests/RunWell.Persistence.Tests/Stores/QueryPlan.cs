using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RunWell.Persistence.Tests.Stores;

/// <summary>A statement EF sent, with its parameters, so SQLite can be asked how it would run it.</summary>
internal sealed record Statement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

internal static class QueryPlan
{
    /// <summary>The "detail" column of EXPLAIN QUERY PLAN: one line per step, e.g. "SEARCH c USING COVERING INDEX …".</summary>
    public static async Task<List<string>> StepsAsync(SqliteConnection connection, Statement statement)
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
            steps.Add(reader.GetString(3));
        }

        return steps;
    }
}

/// <summary>Every query a context sends, as it is about to go.</summary>
internal sealed class CapturedStatements : DbCommandInterceptor
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
