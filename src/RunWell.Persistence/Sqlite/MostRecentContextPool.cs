using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Internal;

namespace RunWell.Persistence.Sqlite;

/// <summary>
/// EF's context pool, handing out the context returned last instead of the one returned longest ago.
/// Each pooled SQLite context keeps its own open connection (<see cref="PooledSqliteConnection"/>), and a
/// connection's page cache is valid only while no other connection has written since its last
/// transaction. EF's first-in-first-out queue passed every interaction the connection that had waited
/// longest, so every check-in found its cache stale and read every page of the table and its four
/// indexes from the file again (~13 pread calls per check-in at 500/s under strace).
/// Taking the most recent one gives a steady stream of interactions the connection that made the last
/// write; the others wait, open and idle, for a burst.
/// </summary>
#pragma warning disable EF1001 // EF's pool type: Rent/Return are its extension points; MostRecentContextPoolTests pin what is relied on.
internal sealed class MostRecentContextPool<TContext>(DbContextOptions<TContext> options, IServiceProvider services)
    : DbContextPool<TContext>(options, services)
    where TContext : DbContext
{
    private readonly ConcurrentStack<IDbContextPoolable> _idle = new();
    private readonly int _maxIdle = options.FindExtension<CoreOptionsExtension>()?.MaxPoolSize ?? 1024;
    private int _idleCount;
    private bool _disposed;

    public override IDbContextPoolable Rent()
    {
        if (_idle.TryPop(out var context))
        {
            Interlocked.Decrement(ref _idleCount);
            return context;
        }

        // The base pool's own queue is never filled, so this builds a new context.
        return base.Rent();
    }

    public override void Return(IDbContextPoolable context)
    {
        if (Keep())
        {
            context.ResetState();
            Push(context);
            return;
        }

        context.ClearLease();
        context.Dispose();
    }

    public override async ValueTask ReturnAsync(IDbContextPoolable context, CancellationToken cancellationToken = default)
    {
        if (Keep())
        {
            await context.ResetStateAsync(cancellationToken);
            Push(context);
            return;
        }

        context.ClearLease();
        await context.DisposeAsync();
    }

    public override void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        DisposeIdle();
        base.Dispose();
    }

    public override async ValueTask DisposeAsync()
    {
        // SQLite closes a connection without I/O to wait for, so the idle contexts go synchronously.
        Volatile.Write(ref _disposed, true);
        DisposeIdle();
        await base.DisposeAsync();
    }

    private void Push(IDbContextPoolable context)
    {
        _idle.Push(context);
        // A context returned while the pool was being disposed would otherwise stay open for good.
        if (Volatile.Read(ref _disposed))
        {
            DisposeIdle();
        }
    }

    private void DisposeIdle()
    {
        while (_idle.TryPop(out var context))
        {
            Interlocked.Decrement(ref _idleCount);
            context.ClearLease();
            context.Dispose();
        }
    }

    private bool Keep()
    {
        if (Volatile.Read(ref _disposed))
        {
            return false;
        }

        if (Interlocked.Increment(ref _idleCount) <= _maxIdle)
        {
            return true;
        }

        Interlocked.Decrement(ref _idleCount);
        return false;
    }
}
#pragma warning restore EF1001
