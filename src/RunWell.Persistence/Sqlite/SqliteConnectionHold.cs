using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RunWell.Persistence.Sqlite;

/// <summary>
/// Keeps a context's SQLite connection open from its first use until the context goes back to the
/// pool (or is disposed), which closes it. EF otherwise opens and closes the connection around every
/// query, and on every open EF's SQLite provider registers its dozen SQL functions on the connection
/// again: a /checkin made four opens (club, member, replay check, save), and those registrations were
/// a fifth of what an interaction allocated. An idle open connection holds no SQLite lock, so other
/// connections and WAL checkpoints are not held up; PostgreSQL connections are not held (its pool
/// hands them out cheaply, and holding them would tie up server connections).
/// </summary>
internal sealed class SqliteConnectionHold : DbConnectionInterceptor
{
    // An explicit open counts as the caller's, so EF leaves the connection open after each query
    // until the context's reset (pool return) or disposal closes it.
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        eventData.Context?.Database.OpenConnection();

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
        }
    }
}
