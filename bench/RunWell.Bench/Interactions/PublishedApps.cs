using System.Diagnostics;

namespace RunWell.Bench.Interactions;

/// <summary>The Release builds the interaction benchmark starts: published here unless given.</summary>
internal static class PublishedApps
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RunWell.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the RunWell repository (RunWell.sln not found above " + AppContext.BaseDirectory + ").");
    }

    /// <summary>
    /// Publishes <paramref name="project"/> the way the Dockerfile does (Release, linux-x64, framework-dependent)
    /// into artifacts/bench/<paramref name="name"/>, unless <paramref name="reuse"/> and it is already there.
    /// </summary>
    public static async Task<string> PublishAsync(string project, string name, string dll, bool reuse, TextWriter output, CancellationToken ct)
    {
        var root = RepositoryRoot();
        var target = Path.Combine(root, "artifacts", "bench", name);
        if (reuse && File.Exists(Path.Combine(target, dll)))
        {
            return Path.Combine(target, dll);
        }

        output.WriteLine($"publishing {project} (Release, linux-x64) to {target} ...");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", target, "--nologo" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed:\n{await stdout}\n{await stderr}");
        }

        return Path.Combine(target, dll);
    }
}
