using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RunWell.Persistence.Sqlite;

/// <summary>
/// Keeps a context's SQLite connection open from its first use: EF otherwise opens and closes the
/// connection around every query, and on every open EF's SQLite provider registers its dozen SQL
/// functions on the connection again (a /checkin made four opens: club, member, replay check, save).
/// With <see cref="PooledSqliteConnection"/> the connection then stays open while its context waits in
/// the pool, so it opens once per pooled context. An idle open connection holds no SQLite lock, so other
/// connections and WAL checkpoints are not held up; PostgreSQL connections are not held (its pool
/// hands them out cheaply, and holding them would tie up server connections).
/// One per host (a singleton): when the host's container is disposed it closes every connection it
/// held, because EF does not dispose the contexts still waiting in its pool, and an open connection
/// would keep the database files open after the host has gone.
/// </summary>
internal sealed class SqliteConnectionHold : DbConnectionInterceptor, IDisposable
{
    private readonly ConditionalWeakTable<DbConnection, object?> _held = [];

    // An explicit open counts as the caller's, so EF leaves the connection open after each query.
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        _held.AddOrUpdate(connection, null);
        eventData.Context?.Database.OpenConnection();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _held.AddOrUpdate(connection, null);
        if (eventData.Context is { } context)
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        foreach (var (connection, _) in _held)
        {
            connection.Dispose();
        }

        _held.Clear();
    }
}
