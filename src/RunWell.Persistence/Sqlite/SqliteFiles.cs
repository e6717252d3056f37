using Microsoft.Data.Sqlite;

namespace RunWell.Persistence.Sqlite;

internal static class SqliteFiles
{
    /// <summary>Creates the folder of a file database, so a fresh clone needs no setup.</summary>
    public static void EnsureDirectory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>
    /// Microsoft.Data.Sqlite retries a busy statement on its own until the command timeout (30 s by
    /// default), on top of SQLite's busy_timeout: a write meant to give up after Database:BusyTimeout
    /// (5 s) kept a member waiting half a minute. The command timeout is therefore the busy timeout,
    /// rounded up to whole seconds (the only unit it takes).
    /// </summary>
    public static int CommandTimeoutSeconds(TimeSpan busyTimeout) => Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds));

    /// <summary>The connection string with that timeout for the commands the driver makes itself (BEGIN IMMEDIATE).</summary>
    public static string WithCommandTimeout(string connectionString, int seconds) =>
        new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = seconds }.ToString();
}
