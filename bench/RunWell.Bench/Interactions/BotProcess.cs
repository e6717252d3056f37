using System.Diagnostics;
using System.Globalization;

namespace RunWell.Bench.Interactions;

/// <summary>
/// A bot under measurement, in its own process: `dotnet app.dll args...` with the probe startup hook.
/// Figures come from outside: CPU and RSS from /proc, runtime counters from the probe's file.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    // USER_HZ: /proc/[pid]/stat counts CPU time in these ticks (100 on every Linux build that .NET supports).
    private const double MillisecondsPerTick = 10;

    private readonly Process _process;
    private readonly string _probeFile;
    private readonly StreamWriter _log;

    private BotProcess(Process process, string probeFile, StreamWriter log, long startedAt)
    {
        _process = process;
        _probeFile = probeFile;
        _log = log;
        StartedAt = startedAt;
    }

    /// <summary>Stopwatch timestamp taken just before the process started.</summary>
    public long StartedAt { get; }

    public static BotProcess Start(IEnumerable<string> args, string workDirectory, string name, IEnumerable<KeyValuePair<string, string>> environment)
    {
        var probeFile = Path.Combine(workDirectory, name + ".probe");
        var log = new StreamWriter(Path.Combine(workDirectory, name + ".log")) { AutoFlush = true };
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_STARTUP_HOOKS"] = Path.Combine(AppContext.BaseDirectory, "RunWell.Bench.Probe.dll");
        info.Environment["RUNWELL_PROBE_FILE"] = probeFile;
        // As the Docker image runs it; anything else the runtime needs is in the app's runtimeconfig.json.
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_GCgen0size"] = "0x400000";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        var startedAt = Stopwatch.GetTimestamp();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, probeFile, log, startedAt);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>CPU, RSS and the runtime's counters now (the counters are at most 100 ms old).</summary>
    public BotSample Sample()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // Fields after the command name (which may contain spaces) start at state, field 3; utime and stime are 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var cpuMs = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * MillisecondsPerTick;
        var (reads, writes) = ReadWriteCalls();
        return new BotSample(Stopwatch.GetTimestamp(), cpuMs, RssMb(), ReadProbe()) { ContextSwitches = ContextSwitches(), ReadCalls = reads, WriteCalls = writes };
    }

    /// <summary>
    /// The process's read- and write-family system calls so far (/proc/PID/io syscr, syscw): per
    /// interaction they show SQLite's file traffic (a page read again because another connection wrote
    /// since, a WAL frame per B-tree page changed) beside the gateway's and timers' reads; socket sends
    /// and receives through send/recv are not among them.
    /// </summary>
    private (long Reads, long Writes) ReadWriteCalls()
    {
        long reads = 0, writes = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/io"))
        {
            if (line.StartsWith("syscr:", StringComparison.Ordinal))
                reads = long.Parse(line[6..], CultureInfo.InvariantCulture);
            else if (line.StartsWith("syscw:", StringComparison.Ordinal))
                writes = long.Parse(line[6..], CultureInfo.InvariantCulture);
        }

        return (reads, writes);
    }

    /// <summary>
    /// Voluntary and involuntary context switches of the threads alive now: every thread-pool worker that
    /// blocks, yields or is woken counts, so per interaction it shows how often the bot hands work between
    /// threads (threads that exited in between are missed; the pool keeps its workers under steady load).
    /// </summary>
    private long ContextSwitches()
    {
        long total = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{_process.Id}/task"))
        {
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.Contains("ctxt_switches:", StringComparison.Ordinal))
                        total += long.Parse(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread exited while we read.
            }
        }

        return total;
    }

    public double RssMb()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return double.NaN;
    }

    private ProbeCounters ReadProbe()
    {
        using var stream = new FileStream(_probeFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(Math.Max(0, stream.Length - 4096), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n');
        // The last element is empty or a line still being written; the one before is complete.
        var last = lines.Length >= 2 ? lines[^2] : throw new InvalidOperationException("The probe has written nothing yet.");
        return Parse(last).Counters;
    }

    /// <summary>Every complete sample the probe has written so far (ten a second).</summary>
    public IReadOnlyList<ProbeSample> ProbeHistory()
    {
        using var stream = new FileStream(_probeFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n');
        return [.. lines[..^1].Select(Parse)];
    }

    private static ProbeSample Parse(string line)
    {
        var parts = line.Split(' ');
        // All counts but the last field, the GC pause total in milliseconds.
        var f = parts[..^1].Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new ProbeSample(f[0], new ProbeCounters(f[1], (int)f[2], (int)f[3], (int)f[4], f[5], f[6], f[7], f[8], f[9], double.Parse(parts[10], CultureInfo.InvariantCulture)));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}

/// <summary>The runtime's counters as the probe last wrote them.</summary>
internal sealed record ProbeCounters(long AllocatedBytes, int Gen0, int Gen1, int Gen2, long MethodsJitted, long JitMs, long HeapBytes, long WorkItems, long LockContentions, double GcPauseMs);

/// <summary>One line of the probe's file: its Stopwatch timestamp and the counters then.</summary>
internal sealed record ProbeSample(long At, ProbeCounters Counters);

internal sealed record BotSample(long At, double CpuMs, double RssMb, ProbeCounters Counters)
{
    public long ContextSwitches { get; init; }

    public long ReadCalls { get; init; }

    public long WriteCalls { get; init; }
}
