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
}
