using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RunWell.Persistence.Sqlite;

/// <summary>
/// Per-connection pragmas: SQLite forgets them on every new connection, and the connection string
/// cannot carry them. WAL itself is set once in the file by the migrator. <c>secure_delete</c> makes
/// SQLite overwrite deleted content with zeros, so an erased note does not linger in free space.
/// EF opens and closes the connection around every query, but Microsoft.Data.Sqlite hands back the
/// same pooled native connection, which keeps its pragmas: they are sent once per native connection,
/// not once per open (that was one extra statement per query on the interaction path).
/// <c>wal_autocheckpoint</c> is raised from 1,000 to 10,000 pages because <see cref="SqliteCheckpointer"/>
/// checkpoints every second off the members' path; SQLite's own checkpoint (inside a member's commit)
/// stays only as the safety net.
/// </summary>
internal sealed class SqlitePragmaInterceptor(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string _sql = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout={(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON; PRAGMA wal_autocheckpoint=10000;");

    // Keyed by the native handle, so an entry goes away with the connection it describes.
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    private bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !_configured.TryGetValue(handle, out _);

    private void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _configured.AddOrUpdate(handle, handle);
        }
    }
}
