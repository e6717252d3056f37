using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Entries;
using RunWell.Tests.Hosting;
using RunWell.Testing;

namespace RunWell.Tests.ConsoleChat;

public sealed class ConsoleModeEndToEndTests
{
    [Fact]
    public async Task Piped_commands_are_answered_and_stored_in_the_database_file()
    {
        await using var database = TestDatabase.CreateEmpty();
        const string input =
            "/checkin mood:4 stress:7 energy:3 concern:\"work deadline\"\n" +
            "/run log minutes:20 kind:jog-walk mood:7 helped:route note:\"river loop\"\n" +
            "/run log minutes:601\n";

        var result = await ProcessRunner.RunAsync(input, new Dictionary<string, string>
        {
            ["ConnectionStrings__RunWell"] = database.ConnectionString,
        });

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("console mode", result.Output);
        Assert.Contains("Check-in saved: mood 4 · stress 7 · energy 3.", result.Output);
        Assert.Contains("Logged 20 min jog-walk", result.Output);
        Assert.Contains("mood 4 → 7", result.Output);
        Assert.Contains("minutes must be from 1 to 600 (you sent 601)", result.Output);

        await using var db = database.CreateContext();
        var checkIn = await db.CheckIns.SingleAsync();
        var run = await db.Runs.SingleAsync();
        Assert.Equal("work deadline", checkIn.Concern);
        Assert.Equal((20, RunKind.JogWalk, 7, HelpedBy.Route, "river loop"), (run.Minutes, run.Kind, run.MoodAfter!.Value, run.Helped!.Value, run.Note));
        Assert.Equal(checkIn.Id, run.BeforeCheckInId);
    }

    [Fact]
    public async Task Mood_data_never_reaches_the_logs()
    {
        await using var database = TestDatabase.CreateEmpty();

        var result = await ProcessRunner.RunAsync("/checkin mood:2 stress:9 energy:1 concern:\"secret worry\"\n",
            new Dictionary<string, string> { ["ConnectionStrings__RunWell"] = database.ConnectionString, ["Logging__LogLevel__Default"] = "Trace" });

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("secret worry", result.Error);
    }

    [Fact]
    public async Task A_piped_session_reads_like_a_chat_forgives_typos_and_prints_times_in_the_clubs_zone()
    {
        await using var database = TestDatabase.CreateEmpty();
        var files = Directory.CreateTempSubdirectory("runwell-console-files-");
        try
        {
            const string input =
                "/runwell setup channel:general timezone:America/New_York\n" +
                "/chekin mood:5 stress:5 energy:5\n" +
                "/run log minutes:20 minutes:30\n" +
                "/run lgo minutes:20\n" +
                "/run log minutes:20\n" +
                "/review\n" +
                "/review\n";

            var result = await ProcessRunner.RunAsync(input, new Dictionary<string, string>
            {
                ["ConnectionStrings__RunWell"] = database.ConnectionString,
                ["RunWell__ConsoleFilesDirectory"] = files.FullName,
                ["Discord__Token"] = "abc.def.ghi",
            }, "--console");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("> /runwell setup channel:general timezone:America/New_York\n✅ Saved.", result.Output, StringComparison.Ordinal);
            Assert.Contains("Did you mean /checkin?", result.Output, StringComparison.Ordinal);
            Assert.Contains("minutes is given twice", result.Output, StringComparison.Ordinal);
            Assert.Contains("Did you mean /run log?", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Did you mean `", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("set Discord__Token", result.Output, StringComparison.Ordinal);
            Assert.Contains("A Discord token is configured; --console keeps this session in the terminal", result.Output, StringComparison.Ordinal);

            // The next weekly summary is at 18:00 New York time, shown as such rather than in the machine's zone.
            Assert.Matches(@"Weekly summary \(every Sunday at 18:00\): Sun \d{1,2} \w{3} \d{4} 18:00", result.Output);
            Assert.DoesNotContain("+00:00", result.Output, StringComparison.Ordinal);

            // Each chart keeps its own file.
            Assert.Equal(2, files.GetFiles("*.png").Length);

            await using var db = database.CreateContext();
            Assert.Equal(1, await db.Runs.CountAsync());
        }
        finally
        {
            files.Delete(recursive: true);
        }
    }
}
