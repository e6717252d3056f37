using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RunWell.Persistence.Sqlite;

/// <summary>
/// Moves the write-ahead log into the database file once a second, off the members' path. Left to
/// SQLite, the checkpoint runs inside whichever commit takes the log past 1,000 pages: that member's
/// write then waits for the database file to be written and flushed to disk while the writers behind
/// it queue (measured from outside: the warm p99 at 200/s was that fsync, 13 ms; with this service
/// 5 ms). A PASSIVE checkpoint takes no lock that writers wait for and never waits itself, so it cannot
/// slow a member down; the pragma interceptor raises SQLite's own threshold to 10,000 pages, which
/// stays as the safety net if this service ever falls behind.
/// The next checkpoint is scheduled after the last one finished (one delay at a time, not a periodic
/// timer): a checkpoint is never queued behind a slow one, and a test clock that jumps a day ahead
/// runs one checkpoint, not 86,400. Not a BackgroundService: its first delay is created inside
/// StartAsync, so it counts from the moment the host started it (BackgroundService starts its loop on
/// the thread pool, some time later, which a test's clock cannot wait for).
/// </summary>
internal sealed partial class SqliteCheckpointer(string connectionString, TimeProvider time, ILogger<SqliteCheckpointer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private TaskCompletionSource<CheckpointResult> _next = NewSignal();

    /// <summary>Completes when the next checkpoint has run (for the tests).</summary>
    internal Task<CheckpointResult> NextCheckpoint => Volatile.Read(ref _next).Task;

    /// <summary>False for an in-memory database: it has no log to checkpoint.</summary>
    internal static bool Applies(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:";
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = RunAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        // Its own connection, kept open: a checkpoint never waits for a pooled context, and it holds
        // no transaction between checkpoints, so an erasure's TRUNCATE checkpoint is not held up.
        await using var connection = new SqliteConnection(connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        var failing = false;
        try
        {
            while (true)
            {
                await Task.Delay(Interval, time, stoppingToken);
                try
                {
                    if (connection.State != System.Data.ConnectionState.Open)
                    {
                        await connection.OpenAsync(stoppingToken);
                    }

                    var result = await CheckpointAsync(command, stoppingToken);
                    if (failing)
                    {
                        failing = false;
                        LogCheckpointsResumed(logger);
                    }

                    Interlocked.Exchange(ref _next, NewSignal()).TrySetResult(result);
                }
                catch (SqliteException ex)
                {
                    // Not fatal, and said once: SQLite's own checkpoint (the 10,000-page safety net) keeps
                    // the log in bounds meanwhile, and the next second tries again.
                    if (!failing)
                    {
                        failing = true;
                        LogCheckpointFailed(logger, ex.SqliteErrorCode);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: SQLite checkpoints the log itself when the last connection closes.
        }
    }

    private static async Task<CheckpointResult> CheckpointAsync(SqliteCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        // Columns: busy (1 if it could not run to the end), pages in the log, pages moved into the file.
        return new CheckpointResult(reader.GetInt32(0) != 0, reader.GetInt32(1), reader.GetInt32(2));
    }

    private static TaskCompletionSource<CheckpointResult> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(EventId = 330, Level = LogLevel.Warning, Message = "A background WAL checkpoint failed (SQLite error {Code}); retrying every second, SQLite's own checkpoint keeps the log in bounds meanwhile")]
    private static partial void LogCheckpointFailed(ILogger logger, int code);

    [LoggerMessage(EventId = 331, Level = LogLevel.Information, Message = "Background WAL checkpoints are running again")]
    private static partial void LogCheckpointsResumed(ILogger logger);
}

/// <summary>What one <c>PRAGMA wal_checkpoint</c> reported.</summary>
internal readonly record struct CheckpointResult(bool Busy, int LogPages, int CheckpointedPages);
