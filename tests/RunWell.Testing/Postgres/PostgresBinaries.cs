namespace RunWell.Testing.Postgres;

/// <summary>
/// Finds Debian's PostgreSQL server binaries, and says in one sentence why PostgreSQL tests cannot run
/// when they are missing. CI installs them (.ci/run); a laptop without them skips those tests.
/// </summary>
public static class PostgresBinaries
{
    private static readonly Lazy<(string? BinDirectory, string? SkipReason)> Found = new(Find);

    /// <summary>The folder holding initdb and pg_ctl, or null.</summary>
    public static string? BinDirectory => Found.Value.BinDirectory;

    /// <summary>Null when PostgreSQL tests can run; otherwise the reason they are skipped.</summary>
    public static string? SkipReason => Found.Value.SkipReason;

    /// <summary>initdb refuses root, so as root the server runs as Debian's "postgres" user.</summary>
    internal static bool RunAsPostgresUser => Environment.UserName == "root";

    private static (string?, string?) Find()
    {
        var directory = Candidates().FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (directory is null)
        {
            return (null, "PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql (or set RUNWELL_PG_BIN) to run these tests; CI does.");
        }

        if (RunAsPostgresUser && (!File.Exists("/usr/sbin/runuser") || !File.ReadLines("/etc/passwd").Any(l => l.StartsWith("postgres:", StringComparison.Ordinal))))
        {
            return (null, "Running as root needs runuser and the 'postgres' system user (initdb refuses root); apt-get install postgresql creates it.");
        }

        return (directory, null);
    }

    private static IEnumerable<string> Candidates()
    {
        // An explicit folder (a non-Debian install) wins, and is the only one looked at.
        if (Environment.GetEnvironmentVariable("RUNWELL_PG_BIN") is { Length: > 0 } explicitFolder)
        {
            yield return explicitFolder;
            yield break;
        }

        foreach (var entry in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return entry;
        }

        // Debian keeps the server binaries out of PATH, one folder per major version; newest first.
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            foreach (var version in Directory.GetDirectories(debian).OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var n) ? n : 0))
            {
                yield return Path.Combine(version, "bin");
            }
        }
    }
}
