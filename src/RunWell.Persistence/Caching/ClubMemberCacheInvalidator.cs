using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RunWell.Persistence.Caching;

/// <summary>
/// Empties the <see cref="ClubMemberCache"/> around every statement that may change a Clubs or Members row.
/// It watches the statements themselves rather than the stores' methods, so a write path added later (or a
/// bulk ExecuteDelete, a migration, a cascade from Clubs) cannot forget it. Before the statement runs, so no
/// read that starts during it is stored; after it, and when its transaction ends, so that no read which
/// saw the old row before the commit is stored either. A failed statement empties it too: a row someone
/// else removed (a foreign key failing on a cached member) is read afresh next time.
/// </summary>
internal sealed class ClubMemberCacheInvalidator(ClubMemberCache cache) : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, object> _writing = [];

    /// <summary>
    /// True unless the statement only reads, or names neither table (EF quotes every identifier, and the
    /// write keywords are followed by a space, never part of a quoted column name). Errs towards true: a needless
    /// invalidation costs one SELECT, a missed one a stale club or member.
    /// </summary>
    internal static bool MayWrite(string sql)
    {
        if (!sql.Contains("\"Members\"", StringComparison.Ordinal) && !sql.Contains("\"Clubs\"", StringComparison.Ordinal))
        {
            return false;
        }

        var text = sql.AsSpan().TrimStart();
        var onlyReads = text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            && !sql.Contains("INSERT ", StringComparison.OrdinalIgnoreCase)
            && !sql.Contains("UPDATE ", StringComparison.OrdinalIgnoreCase)
            && !sql.Contains("DELETE ", StringComparison.OrdinalIgnoreCase);
        return !onlyReads;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Before(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Before(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Before(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Before(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Before(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Before(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        After(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        After(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        After(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        After(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        After(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        After(command);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => cache.Invalidate();

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Ended(transaction);

    Task IDbTransactionInterceptor.TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    private void Before(DbCommand command)
    {
        if (!MayWrite(command.CommandText))
        {
            return;
        }

        cache.Invalidate();
        if (command.Transaction is { } transaction)
        {
            _writing.AddOrUpdate(transaction, this);
        }
    }

    private void After(DbCommand command)
    {
        if (MayWrite(command.CommandText))
        {
            cache.Invalidate();
        }
    }

    private void Ended(DbTransaction transaction)
    {
        if (_writing.Remove(transaction))
        {
            cache.Invalidate();
        }
    }
}
