using Npgsql;

namespace RunWell.Testing.Postgres;

/// <summary>
/// An empty database of its own on the shared throwaway cluster, for one test class
/// (<c>IClassFixture&lt;PostgresDatabase&gt;</c>); dropped afterwards. Does nothing when PostgreSQL is
/// not installed: every test using it is a <see cref="PostgresFactAttribute"/> and is skipped.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly string _name = "runwell_" + Guid.NewGuid().ToString("N");
    private PostgresServer? _server;

    /// <summary>Connection string of this class's database (no password: loopback trust auth).</summary>
    public string ConnectionString => _server?.ConnectionString(_name) ?? throw new InvalidOperationException("PostgreSQL is not running: " + PostgresBinaries.SkipReason);

    public async Task InitializeAsync()
    {
        if (PostgresBinaries.SkipReason is not null)
        {
            return;
        }

        _server = await PostgresServer.AcquireAsync();
        await using var connection = new NpgsqlConnection(_server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(_server.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        await PostgresServer.ReleaseAsync();
    }
}
