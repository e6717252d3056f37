using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace RunWell.Persistence.Caching;

/// <summary>
/// On PostgreSQL, keeps one connection listening for the notice the Clubs and Members triggers send on
/// every committed change (migration ClubMemberChangeNotify), from this process or any other, and empties
/// the <see cref="ClubMemberCache"/> on each. The cache is on only while listening: it is turned on (empty)
/// once LISTEN has succeeded, and off the moment the connection fails, so a notice missed while
/// disconnected can never leave an old row in use. A connection that dies without a word is found by a
/// <c>SELECT 1</c> after <see cref="PingAfter"/> of silence, so an unnoticed loss lasts at most about that
/// long plus the ping's own timeout.
/// </summary>
internal sealed partial class PostgresCacheListener(
    string connectionString, ClubMemberCache cache, TimeProvider time, ILogger<PostgresCacheListener> logger) : BackgroundService
{
    public const string Channel = "runwell_club_member";

    /// <summary>How the listening connection shows in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "RunWell cache listener";

    internal static readonly TimeSpan PingAfter = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private volatile string? _lastPayload;

    /// <summary>
    /// The last notice's payload (the triggers send none): notices arrive in commit order, so once a marker
    /// sent after some writes is seen here, every notice those writes sent has been applied.
    /// </summary>
    internal string? LastPayload
    {
        get => _lastPayload;
        private set => _lastPayload = value;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogLost(logger, RetryAfter.TotalSeconds, e.GetType().Name, e.Message);
                try
                {
                    await Task.Delay(RetryAfter, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return; // stopping: whatever the connection threw on its way out
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        // Its own connection, outside the pool: a LISTEN must not outlive it in a pooled connection.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = ApplicationName }.ConnectionString);
        await connection.OpenAsync(ct);
        connection.Notification += (_, notice) =>
        {
            cache.Invalidate();
            LastPayload = notice.Payload;
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        // On exactly as long as this connection listens: whatever ends it (a failure, the host stopping)
        // turns the cache off before anything else runs.
        cache.Enable();
        try
        {
            LogListening(logger);
            while (true)
            {
                if (!await connection.WaitAsync(PingAfter, ct))
                {
                    // Silence: make sure it is not a dead connection (a notice read meanwhile is dispatched too).
                    await using var ping = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = (int)PingAfter.TotalSeconds };
                    await ping.ExecuteScalarAsync(ct);
                }
            }
        }
        finally
        {
            cache.Disable();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for club and member changes; the entry path keeps them in memory.")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the PostgreSQL connection that listens for club and member changes; entries read them from the database until it is back (retry in {Seconds} s): {Error}: {Detail}")]
    private static partial void LogLost(ILogger logger, double seconds, string error, string detail);
}
