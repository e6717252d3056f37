using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RunWell.Bot.Engine;
using RunWell.Hosting;
using RunWell.Testing;

namespace RunWell.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task The_real_container_builds_with_scope_and_build_validation()
    {
        await using var database = TestDatabase.CreateEmpty();

        using var host = RunWellHost.CreateBuilder(["--console", $"--ConnectionStrings:RunWell={database.ConnectionString}"]).Build();

        await using var scope = host.Services.CreateAsyncScope();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<BotEngine>());
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s.GetType().Name == "DatabaseMigrator");
    }

    [Fact]
    public async Task The_real_container_builds_for_postgres_with_the_clustered_calendar_and_shards()
    {
        // Building and validating opens no connection, so no server is needed here.
        using var host = RunWellHost.CreateBuilder(["--console", "--Database:Provider=Postgres", "--Scheduling:Store=Postgres",
            "--ConnectionStrings:RunWell=Host=127.0.0.1;Database=runwell;Username=runwell;Password=secret-not-logged"]).Build();
        host.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        await using var scope = host.Services.CreateAsyncScope();
        Assert.IsType<RunWell.Persistence.PostgresRunWellDbContext>(scope.ServiceProvider.GetRequiredService<RunWell.Persistence.RunWellDbContext>());
    }

    [Fact]
    public async Task Shards_without_the_shared_calendar_stop_the_process_with_one_line()
    {
        await using var database = TestDatabase.CreateEmpty();

        var result = await ProcessRunner.RunAsync("", new Dictionary<string, string>(), "--RunWell:Mode=Discord", "--Discord:Token=not-a-real-token",
            "--Discord:ShardId=1", "--Discord:ShardCount=2", $"--ConnectionStrings:RunWell={database.ConnectionString}");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Discord:ShardCount above 1 needs Scheduling:Store Postgres", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clock_registered_by_the_configure_callback_is_the_clock_of_the_whole_host()
    {
        await using var database = TestDatabase.CreateEmpty();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();

        using var host = RunWellHost.CreateBuilder(["--console", $"--ConnectionStrings:RunWell={database.ConnectionString}"],
            b => b.Services.AddSingleton<TimeProvider>(clock)).Build();

        Assert.Same(clock, host.Services.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("--RunWell:DefaultTimeZone=Mars/Olympus_Mons", "RunWell:DefaultTimeZone")]
    [InlineData("--Database:BusyTimeout=not-a-timespan", "Database:BusyTimeout")]
    [InlineData("--Database:BusyTimeout=01:00:00", "Database:BusyTimeout")]
    [InlineData("--RunWell:Mode=Sometimes", "RunWell:Mode")]
    [InlineData("--Database:Provider=Oracle", "Database:Provider")]
    [InlineData("--Database:Provider=Postgres", "ConnectionStrings:RunWell")]
    [InlineData("--Scheduling:Store=Redis", "Scheduling:Store")]
    [InlineData("--Scheduling:Store=Postgres", "Database:Provider")]
    public async Task A_bad_setting_stops_the_process_with_one_line_naming_the_key(string setting, string key)
    {
        await using var database = TestDatabase.CreateEmpty();

        var result = await ProcessRunner.RunAsync("", new Dictionary<string, string>(), "--console", $"--ConnectionStrings:RunWell={database.ConnectionString}", setting);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("RunWell cannot start:", line);
        Assert.Contains(key, line);
    }

    [Fact]
    public async Task Discord_mode_without_a_token_fails_with_a_clear_message()
    {
        await using var database = TestDatabase.CreateEmpty();

        var result = await ProcessRunner.RunAsync("/help\n", new Dictionary<string, string>
        {
            ["RunWell__Mode"] = "Discord",
            ["ConnectionStrings__RunWell"] = database.ConnectionString,
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Discord:Token is required", result.Error);
        Assert.DoesNotContain("console mode", result.Output);
    }
}
