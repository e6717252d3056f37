using RunWell.FakeDiscord;
using RunWell.Testing;

namespace RunWell.Tests.Hosting;

/// <summary>
/// Every start-up failure, as a real process: one line on stderr naming the cause and the key, exit
/// code 2 (1 for a token Discord rejects), and no stack trace or scheduler noise anywhere.
/// </summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task An_enum_setting_with_an_unknown_value_lists_the_allowed_values()
    {
        await using var database = TestDatabase.CreateEmpty();

        var result = await RunAsync(new() { ["RunWell__Mode"] = "Slack", ["ConnectionStrings__RunWell"] = database.ConnectionString });

        AssertOneLine(result, 2, "RunWell:Mode", "Auto, Console, Discord", "\"Slack\"");
    }

    [Fact]
    public async Task Any_enum_setting_bound_by_options_lists_its_values_too()
    {
        await using var database = TestDatabase.CreateEmpty();

        var result = await RunAsync(new() { ["Scheduling__Store"] = "Redis", ["ConnectionStrings__RunWell"] = database.ConnectionString }, "--console");

        AssertOneLine(result, 2, "Scheduling:Store", "Allowed values: Memory, Postgres");
    }

    [Theory]
    [InlineData("<your-bot-token>")]
    [InlineData("YOUR_BOT_TOKEN_HERE")]
    [InlineData("...")]
    public async Task A_pasted_placeholder_token_is_named_as_a_placeholder(string token)
    {
        await using var database = TestDatabase.CreateEmpty();

        var result = await RunAsync(new() { ["RunWell__Mode"] = "Discord", ["Discord__Token"] = token, ["ConnectionStrings__RunWell"] = database.ConnectionString });

        AssertOneLine(result, 2, "Discord:Token is a placeholder", "Reset Token");
    }

    [Fact]
    public async Task A_token_discord_rejects_exits_with_code_1_and_one_line()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        await using var database = TestDatabase.CreateEmpty();

        var result = await RunAsync(new()
        {
            ["Discord__Token"] = "not-the-token-the-fake-accepts",
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["ConnectionStrings__RunWell"] = database.ConnectionString,
        });

        AssertOneLine(result, 1, "Discord rejected the bot token (401 Unauthorized)", "Discord:Token");
        Assert.DoesNotContain("Quartz", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, discord.Gateway.Connections);
    }

    [Fact]
    public async Task A_refused_connection_to_discord_is_named()
    {
        await using var database = TestDatabase.CreateEmpty();

        var result = await RunAsync(new()
        {
            ["Discord__Token"] = "abc.def.ghi",
            ["Discord__ApiBaseUrl"] = "http://127.0.0.1:1/api/v10",
            ["ConnectionStrings__RunWell"] = database.ConnectionString,
        });

        AssertOneLine(result, 2, "cannot reach Discord at 127.0.0.1:1 (Discord:ApiBaseUrl)", "connection refused");
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_named_as_dns()
    {
        await using var database = TestDatabase.CreateEmpty();

        // .invalid never resolves (RFC 2606), with or without a network.
        var result = await RunAsync(new()
        {
            ["Discord__Token"] = "abc.def.ghi",
            ["Discord__ApiBaseUrl"] = "http://runwell.invalid/api/v10",
            ["ConnectionStrings__RunWell"] = database.ConnectionString,
        });

        AssertOneLine(result, 2, "cannot reach Discord at runwell.invalid:80 (Discord:ApiBaseUrl)", "(DNS)");
    }

    [Fact]
    public async Task An_unreachable_postgresql_is_one_line_without_the_password()
    {
        var result = await RunAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__RunWell"] = "Host=127.0.0.1;Port=1;Database=runwell;Username=runwell;Password=secret-not-printed",
        }, "--console");

        AssertOneLine(result, 2, "cannot reach PostgreSQL (ConnectionStrings:RunWell, 127.0.0.1:1)", "connection refused");
        Assert.DoesNotContain("secret-not-printed", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unusable_sqlite_path_is_one_line()
    {
        var file = Path.GetTempFileName(); // a file where the database's folder should be
        try
        {
            var result = await RunAsync(new() { ["ConnectionStrings__RunWell"] = $"Data Source={Path.Combine(file, "runwell.db")}" }, "--console");

            AssertOneLine(result, 2, "cannot open the SQLite database (ConnectionStrings:RunWell)", "folder RunWell can write");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task When_the_database_and_discord_both_fail_the_database_is_the_one_line()
    {
        // The two checks run side by side; the report stays the database's, as when they ran in turn.
        var file = Path.GetTempFileName();
        try
        {
            var result = await RunAsync(new()
            {
                ["Discord__Token"] = "abc.def.ghi",
                ["Discord__ApiBaseUrl"] = "http://127.0.0.1:1/api/v10",
                ["ConnectionStrings__RunWell"] = $"Data Source={Path.Combine(file, "runwell.db")}",
            });

            AssertOneLine(result, 2, "cannot open the SQLite database (ConnectionStrings:RunWell)");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Task<ProcessRunner.Result> RunAsync(Dictionary<string, string> environment, params string[] args) =>
        ProcessRunner.RunAsync("", environment, args);

    private static void AssertOneLine(ProcessRunner.Result result, int exitCode, params string[] expected)
    {
        Assert.Equal(exitCode, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("RunWell cannot start: ", line, StringComparison.Ordinal);
        foreach (var text in expected)
        {
            Assert.Contains(text, line, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Output, StringComparison.Ordinal);
    }
}
