using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RunWell.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster in a temp folder, listening on 127.0.0.1 only, with trust auth and no
/// fsync (nothing in it outlives the test run). One per test process, shared by every test class that
/// holds it: started by the first, stopped when the last lets go.
/// </summary>
internal sealed class PostgresServer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? _current;
    private static int _holders;

    private readonly string _directory;

    private PostgresServer(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_directory, "data");

    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}");

    public static async Task<PostgresServer> AcquireAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _current ??= await StartAsync();
            _holders++;
            return _current;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ReleaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--_holders == 0 && _current is { } server)
            {
                _current = null;
                await server.StopAsync();
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("runwell-pg-").FullName;
        var server = new PostgresServer(directory, FreeLoopbackPort());
        if (PostgresBinaries.RunAsPostgresUser)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", directory], asPostgres: false);
        }

        await RunAsync(Path.Combine(PostgresBinaries.BinDirectory!, "initdb"),
            ["-D", server.DataDirectory, "-U", "postgres", "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync"]);

        // pg_ctl hands -o to a shell; the temp path has no spaces. The socket goes in our folder, not /run.
        var serverOptions = string.Create(CultureInfo.InvariantCulture,
            $"-k {directory} -p {server.Port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        await RunAsync(Path.Combine(PostgresBinaries.BinDirectory!, "pg_ctl"),
            ["-D", server.DataDirectory, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "30", "-o", serverOptions, "start"]);
        return server;
    }

    private async Task StopAsync()
    {
        try
        {
            await RunAsync(Path.Combine(PostgresBinaries.BinDirectory!, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans temp folders; a leftover file must not fail the run.
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && PostgresBinaries.RunAsPostgresUser)
        {
            start.FileName = "/usr/sbin/runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error} {await output}");
        }
    }
}
