using System.Diagnostics;
using RunWell.Hosting;

namespace RunWell.Tests.Hosting;

/// <summary>Runs the built bot as a real process, the way a person or the container would.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>The built bot with these arguments, output redirected, and no developer token inherited.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var entry = typeof(RunWellHost).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(entry)!,
        };
        start.ArgumentList.Add(entry);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A developer's own token must never turn a test into a real Discord connection.
        start.Environment.Remove("Discord__Token");
        return start;
    }

    public static async Task<Result> RunAsync(string input, IDictionary<string, string> environment, params string[] args)
    {
        var start = StartInfo(args);
        start.RedirectStandardInput = true;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
