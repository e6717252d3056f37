using Microsoft.Extensions.Options;

namespace RunWell.Persistence;

/// <summary>Settings of the "Database" section. The connection string itself is ConnectionStrings:RunWell.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "RunWell";
    public const string DefaultConnectionString = "Data Source=data/runwell.db";

    /// <summary>How long a SQLite connection waits for a lock held by another before failing (default 5 s).</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Names the key in every failure, so a bad setting stops the process with one clear line.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        options.BusyTimeout < TimeSpan.FromMilliseconds(100) || options.BusyTimeout > TimeSpan.FromMinutes(5)
            ? ValidateOptionsResult.Fail("Database:BusyTimeout must be between 00:00:00.1 and 00:05:00.")
            : ValidateOptionsResult.Success;
}
