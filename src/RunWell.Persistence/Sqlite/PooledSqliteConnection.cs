using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace RunWell.Persistence.Sqlite;

/// <summary>
/// EF's SQLite connection, except that a pooled context keeps its connection open when it goes back
/// to the pool. On every open, Microsoft.Data.Sqlite registers EF's twelve SQL functions on the native
/// connection again, and each registration leaves the previous one's handle to the finalizer: twelve
/// finalizable objects per interaction, which survived every gen-0 collection (about a thousand per
/// collection at 500/s) and made each one expensive. Open once per pooled context, they are registered
/// once. An idle open connection holds no SQLite lock (WAL readers lock only while a statement runs),
/// the reset still rolls back any transaction left open, and disposing the context (a full pool, the
/// host stopping) closes and releases it as before.
/// </summary>
#pragma warning disable EF1001 // EF's internal connection type: the one place to change what a pool return does. PooledSqliteConnectionTests pin the behaviour, so an EF upgrade that changes it fails there.
internal sealed class PooledSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private bool _returningToPool;

    public static void Use(DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, PooledSqliteConnection>();

    protected override void ResetState(bool disposeDbConnection)
    {
        _returningToPool = !disposeDbConnection;
        try
        {
            base.ResetState(disposeDbConnection);
        }
        finally
        {
            _returningToPool = false;
        }
    }

    protected override async ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        _returningToPool = !disposeDbConnection;
        try
        {
            await base.ResetStateAsync(disposeDbConnection);
        }
        finally
        {
            _returningToPool = false;
        }
    }

    protected override void CloseDbConnection()
    {
        if (!_returningToPool)
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() =>
        _returningToPool ? Task.CompletedTask : base.CloseDbConnectionAsync();
}
#pragma warning restore EF1001
