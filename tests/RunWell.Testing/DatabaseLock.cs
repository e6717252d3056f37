using Microsoft.Data.Sqlite;

namespace RunWell.Testing;

/// <summary>Another writer holding the real SQLite file in <c>BEGIN EXCLUSIVE</c> until disposed (then it rolls back).</summary>
public sealed class DatabaseLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private bool _released;

    private DatabaseLock(SqliteConnection connection) => _connection = connection;

    public static async Task<DatabaseLock> TakeAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE;";
        await begin.ExecuteNonQueryAsync();
        return new DatabaseLock(connection);
    }

    public async Task ReleaseAsync()
    {
        if (_released)
            return;
        _released = true;
        await using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }
        await _connection.CloseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await _connection.DisposeAsync();
    }
}
