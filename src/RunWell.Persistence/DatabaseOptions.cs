using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace RunWell.Persistence;

/// <summary>Which database engine holds RunWell's data.</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the bot: zero setup, one process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that several bot processes (shards) share.</summary>
    Postgres,
}

/// <summary>Settings of the "Database" section. The connection string itself is ConnectionStrings:RunWell.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "RunWell";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    public const string DefaultConnectionString = "Data Source=data/runwell.db";

    /// <summary>Sqlite (default) or Postgres. The connection string must match the engine.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// How long a SQLite write waits for a lock held by another before failing (default 5 s): first in
    /// this process's queue of writers, then in SQLite itself, each at most this long. So a write meets
    /// a locked database for at most twice this before it gives up, changes nothing, and the member is
    /// told "I couldn't save that just now".
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The provider as registration needs it, before options exist. Lenient on purpose: a bad value
    /// falls back to SQLite here and is reported by the validator at start, naming the key.
    /// </summary>
    internal static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration[Section + ":" + nameof(Provider)], ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : DatabaseProvider.Sqlite;
}

/// <summary>Names the key in every failure, so a bad setting stops the process with one clear line.</summary>
internal sealed class DatabaseOptionsValidator(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail("Database:Provider must be Sqlite or Postgres.");
        }

        if (options.BusyTimeout < TimeSpan.FromMilliseconds(100) || options.BusyTimeout > TimeSpan.FromMinutes(5))
        {
            return ValidateOptionsResult.Fail("Database:BusyTimeout must be between 00:00:00.1 and 00:05:00.");
        }

        return options.Provider == DatabaseProvider.Postgres
            ? ValidatePostgresConnectionString(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            : ValidateOptionsResult.Success;
    }

    // The messages never echo the value: a PostgreSQL connection string usually carries a password.
    private static ValidateOptionsResult ValidatePostgresConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.ConnectionStringKey} must be set when Database:Provider is Postgres (e.g. Host=db;Database=runwell;Username=runwell;Password=...).");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail($"{DatabaseOptions.ConnectionStringKey} must name a Host when Database:Provider is Postgres.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.ConnectionStringKey} is not a valid PostgreSQL connection string (Host=...;Database=...;Username=...;Password=...).");
        }
    }
}
