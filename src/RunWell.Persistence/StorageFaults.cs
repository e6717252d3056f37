using Microsoft.Data.Sqlite;
using Npgsql;
using RunWell.Domain.Ports;

namespace RunWell.Persistence;

/// <summary>
/// SQLite gives up on a lock after Database:BusyTimeout with SQLITE_BUSY (5) or SQLITE_LOCKED (6);
/// PostgreSQL reports lock timeouts, deadlocks and serialization failures by SQLSTATE. Either way the
/// transaction was rolled back, so "nothing changed" is true.
/// </summary>
internal sealed class StorageFaults : IStorageFaults
{
    public bool IsBusy(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 5 or 6 })
                return true;
            if (e is PostgresException { SqlState: "55P03" or "40P01" or "40001" })
                return true;
        }
        return false;
    }
}
