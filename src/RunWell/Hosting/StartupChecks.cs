using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using RunWell.Discord;
using RunWell.Persistence;

namespace RunWell.Hosting;

/// <summary>
/// Checks made before the host starts, so a database or network that cannot work is one line naming
/// the cause and the key (exit 2), and a rejected token one line with exit 1, instead of a stack trace
/// from a hosted service or a scheduler shutting down half-started.
/// </summary>
internal static class StartupChecks
{
    public const string DatabaseKey = "ConnectionStrings:RunWell";
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The database check and, in Discord mode, the Discord check, side by side: the first database
    /// connection (EF's services, the native SQLite library) and the first Discord request (the HTTP stack)
    /// are each a few hundred ms of one-off work at every start. The Discord check goes to the thread pool
    /// first because the database check does its EF set-up synchronously before its first await. When both
    /// fail, WhenAll rethrows the first task's exception, so the database's line is the one reported, as
    /// when they ran in turn.
    /// </summary>
    public static async Task AllAsync(IServiceProvider services, CancellationToken ct)
    {
        var discord = services.GetService<IDiscordRest>() is not null
            ? Task.Run(() => DiscordAsync(services, ct), ct)
            : Task.CompletedTask;
        var database = DatabaseAsync(services, ct);
        await Task.WhenAll(database, discord);
    }

    /// <summary>Opens (and closes) one database connection; SQLite creates the file if it is missing.</summary>
    private static async Task DatabaseAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var postgres = Postgres(services);
        try
        {
            // The raw connection: EF's retrying strategy and its error log would bury the one line.
            var db = scope.ServiceProvider.GetRequiredService<RunWellDbContext>();
            await using var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(ct);
            await connection.CloseAsync();
        }
        catch (Exception ex) when (postgres && ex is not OperationCanceledException)
        {
            throw new StartupConfigurationException($"cannot reach PostgreSQL ({DatabaseKey}{Where(services)}): {Reason(ex)}.");
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StartupConfigurationException(
                $"cannot open the SQLite database ({DatabaseKey}): {Reason(ex)}. Point it at a file in a folder RunWell can write, " +
                "e.g. Data Source=data/runwell.db (in Docker: Data Source=/data/runwell.db on the /data volume).");
        }
    }

    /// <summary>
    /// In Discord mode: the API host resolves and accepts a connection (DNS and refusals named), then
    /// Discord accepts the token (GET /gateway/bot). A proxy in the environment skips the direct check.
    /// </summary>
    private static async Task DiscordAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        if (!BehindProxy())
        {
            await ReachableAsync(options.ApiBaseUrl, ct);
        }

        var result = await services.GetRequiredService<IDiscordRest>().GetGatewayBotAsync(ct);
        if (result.StatusCode == 401)
        {
            throw new RejectedTokenException();
        }
    }

    private static async Task ReachableAsync(Uri api, CancellationToken ct)
    {
        var where = $"{api.Host}:{api.Port} (Discord:ApiBaseUrl)";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(api.Host, api.Port, timeout.Token);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData)
        {
            throw new StartupConfigurationException($"cannot reach Discord at {where}: the name {api.Host} does not resolve (DNS). Is this machine online, with working DNS?");
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused)
        {
            throw new StartupConfigurationException($"cannot reach Discord at {where}: connection refused. Check Discord:ApiBaseUrl, or a firewall.");
        }
        catch (SocketException ex)
        {
            throw new StartupConfigurationException($"cannot reach Discord at {where}: {ex.SocketErrorCode} ({ex.Message}). Is this machine online?");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new StartupConfigurationException($"cannot reach Discord at {where}: no answer within {ConnectTimeout.TotalSeconds:0} s. Is this machine online, or is a firewall dropping the connection?");
        }
    }

    private static readonly string[] ProxyVariables = ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"];

    private static bool BehindProxy() => ProxyVariables.Any(v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v)));

    private static bool Postgres(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres;

    /// <summary>Host and port only: the connection string's password must never be printed.</summary>
    private static string Where(IServiceProvider services)
    {
        try
        {
            var configuration = services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
            var builder = new NpgsqlConnectionStringBuilder(configuration[DatabaseKey]);
            return $", {builder.Host}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            return "";
        }
    }

    /// <summary>The innermost cause in plain words: refused, DNS, timeout, authentication, a missing folder.</summary>
    private static string Reason(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return "connection refused (is the server running, and is the host and port right?)";
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData }:
                    return "the host name does not resolve (DNS)";
                case TimeoutException:
                    return "no answer in time (is the host right, and reachable from here?)";
                case PostgresException pg when pg.SqlState == "28P01":
                    return "the password was refused";
                case PostgresException pg when pg.SqlState == "3D000":
                    return "the database does not exist (create it first)";
                case PostgresException pg:
                    return pg.MessageText;
                case SqliteException sqlite:
                    return $"{sqlite.Message.TrimEnd('.')} (SQLite error {sqlite.SqliteErrorCode})";
                case UnauthorizedAccessException or IOException:
                    return e.Message.TrimEnd('.');
            }
        }

        return ex.Message.TrimEnd('.');
    }
}

/// <summary>Discord answered 401 to the token: exit code 1, and nothing retries it.</summary>
internal sealed class RejectedTokenException()
    : Exception("Discord rejected the bot token (401 Unauthorized): check Discord:Token. Copy it again from the Developer Portal's Bot tab (Reset Token); a restart will not help until it changes.");
