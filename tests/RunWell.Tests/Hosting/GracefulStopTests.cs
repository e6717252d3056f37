using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using RunWell.FakeDiscord;
using RunWell.Hosting;
using RunWell.Testing;
using RunWell.Tests.Discord;

namespace RunWell.Tests.Hosting;

/// <summary>SIGTERM to the real process, the way <c>docker stop</c> sends it.</summary>
public sealed class GracefulStopTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SIGTERM_while_a_deferred_check_in_waits_on_the_database_still_saves_and_answers_it_then_exits_0()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var database = TestDatabase.CreateEmpty();
        using var bot = BotProcess.Start(
            $"--Discord:Token={fake.Token}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}", $"--Discord:DevGuildId={FakeInteractions.GuildId}",
            $"--ConnectionStrings:RunWell={database.ConnectionString}", "--RunWell:Mode=Discord", "--Database:BusyTimeout=00:00:30");
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);

        await using var held = await DatabaseLock.TakeAsync(database.ConnectionString);
        await fake.Gateway.SendInteractionAsync(PipelineHealthTests.CheckIn(fake, member: 1));
        var deferral = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback, Wait);
        Assert.Equal(5, deferral.Json!.Value.GetProperty("type").GetInt32());

        bot.Terminate();
        await bot.WaitForOutputAsync("Application is shutting down", Wait);
        await held.ReleaseAsync();
        var exitCode = await bot.WaitForExitAsync(Wait);

        Assert.Equal(0, exitCode);
        var edit = Assert.Single(fake.Rest.Requests.All, r => r.Route == FakeRoute.EditOriginal);
        Assert.StartsWith("Check-in saved", edit.Json!.Value.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(4900, fake.Gateway.ClientCloses.All[^1]);
        await using var db = database.CreateContext();
        Assert.Equal(PipelineHealthTests.Member(1), (await db.CheckIns.SingleAsync()).UserId);
    }

    /// <summary>The built bot as a child process whose output is read line by line.</summary>
    private sealed class BotProcess : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new();

        private BotProcess(Process process) => _process = process;

        public static BotProcess Start(params string[] args)
        {
            var bot = new BotProcess(Process.Start(ProcessRunner.StartInfo(args))!);
            bot._process.OutputDataReceived += (_, e) => bot.Add(e.Data);
            bot._process.ErrorDataReceived += (_, e) => bot.Add(e.Data);
            bot._process.BeginOutputReadLine();
            bot._process.BeginErrorReadLine();
            return bot;
        }

        private void Add(string? line)
        {
            if (line is not null)
                _lines.Enqueue(line);
        }

        /// <summary>SIGTERM, as docker stop and systemd send it.</summary>
        public void Terminate()
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        public async Task WaitForOutputAsync(string text, TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (!_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
                await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, cancel.Token);
        }

        public async Task<int> WaitForExitAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            await _process.WaitForExitAsync(cancel.Token);
            return _process.ExitCode;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }
}
