using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RunWell.Persistence.Sqlite;

/// <summary>
/// Lets one SaveChanges at a time write to the SQLite file from this process. SQLite has a single
/// writer; without the gate, concurrent interactions meet at BEGIN IMMEDIATE and the loser polls the
/// lock with sleeps of 1, 2, 5, 10 … ms (SQLite's busy handler), which is where the interaction
/// latency's tail came from at a few hundred per second. Waiting here is a fair queue with no sleeps.
/// Only SaveChanges outside an explicit transaction is gated: a caller that holds its own
/// transaction may already own the write lock, and gating it could make two writers wait on each other.
/// Other processes on the same file still meet the busy timeout, as before.
/// The wait here is bounded by the same Database:BusyTimeout: when another process holds the file, the
/// writer at the head waits up to that long in SQLite and every writer queued behind it would otherwise
/// wait for all those ahead in turn (the 20th check-in of a burst answered minutes later). Past the bound
/// the write fails as SQLITE_BUSY, nothing is written, and the member hears "couldn't save".
/// The bound is kept on the wall clock, like SQLite's own busy wait it pairs with: it measures real
/// contention, and a test that moves a fake clock hours ahead must not fail the writes in flight.
/// </summary>
internal sealed class SqliteWriteGate(TimeSpan busyTimeout) : SaveChangesInterceptor, IDisposable
{
    private const int SqliteBusy = 5;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _waiting;
    private readonly ConditionalWeakTable<DbContext, object> _holders = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (ShouldGate(eventData.Context))
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                if (!_gate.Wait(busyTimeout))
                {
                    throw Busy();
                }
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }

            _holders.AddOrUpdate(eventData.Context!, this);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (ShouldGate(eventData.Context))
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                if (!await _gate.WaitAsync(busyTimeout, cancellationToken))
                {
                    throw Busy();
                }
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }

            _holders.AddOrUpdate(eventData.Context!, this);
        }

        return result;
    }

    /// <summary>Writes queued behind the one holding the gate (for tests and diagnostics).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>What SQLite itself says when the lock stays taken, so callers treat both waits alike.</summary>
    private SqliteException Busy() => new(string.Create(CultureInfo.InvariantCulture,
        $"database is locked: this process's earlier writes held it for the whole busy timeout ({busyTimeout.TotalSeconds:0.#} s)"), SqliteBusy);

    private static bool ShouldGate(DbContext? context) => context is not null && context.Database.CurrentTransaction is null;

    private void Release(DbContext? context)
    {
        if (context is not null && _holders.Remove(context))
        {
            _gate.Release();
        }
    }
}
