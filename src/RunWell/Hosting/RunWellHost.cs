using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunWell.Bot;
using RunWell.ConsoleChat;
using RunWell.Domain;
using RunWell.Domain.Clubs;
using RunWell.Observability;
using RunWell.Persistence;
using RunWell.Scheduling;

namespace RunWell.Hosting;

/// <summary>The composition root. Program.cs and the tests both start here.</summary>
public static class RunWellHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args, Action<HostApplicationBuilder>? configure = null)
    {
        var consoleFlag = args.Contains("--console");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. args.Where(a => a != "--console")],
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Settings: appsettings.json beside the binary, then environment variables (Discord__Token),
        // then the command line (--Discord:Token=...), the generic host's usual order.
        // Scope and build validation in every environment, not only Development: a captive
        // dependency or a missing registration fails at start, not on a member's command.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));

        configure?.Invoke(builder);

        // TryAdd: the configure callback above runs first, and a test or benchmark that registers its own
        // clock there (a FakeTimeProvider driving Quartz and the outbox backoff) must not be overridden.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<RunWellOptions>().BindConfiguration(RunWellOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RunWellOptions>, RunWellOptionsValidator>();
        builder.Services.AddSingleton(sp => new NewClubDefaults(sp.GetRequiredService<IOptions<RunWellOptions>>().Value.DefaultTimeZone));

        // Order matters: the migrator is the first hosted service, so the schema is current
        // before the scheduler, the gateway or the console start.
        builder.AddRunWellPersistence();
        builder.AddRunWellScheduling();
        builder.Services.AddRunWellDomain();
        builder.Services.AddRunWellBot();

        builder.AddRunWellHealth();
        builder.AddRunWellTelemetry();
        builder.AddRunWellScaleOutCheck();

        var mode = ModeSelector.Decide(builder.Configuration, consoleFlag);
        if (mode == RunMode.Console)
        {
            builder.AddRunWellConsoleChat();
        }
        else
        {
            builder.AddRunWellDiscordMode();
        }

        return builder;
    }

    /// <summary>
    /// Runs the bot. A bad setting, an unusable database or an unreachable Discord ends it with exit
    /// code 2 and one line naming the cause and the key; a token Discord rejects with exit code 1.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            using var host = CreateBuilder(args).Build();

            // Validate settings before starting, so a bad value is one clear line rather than
            // the host's start-failure log with a stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await StartupChecks.AllAsync(host.Services, CancellationToken.None);

            await host.RunAsync();
            return Environment.ExitCode;
        }
        catch (RejectedTokenException rejected)
        {
            await Console.Error.WriteLineAsync("RunWell cannot start: " + rejected.Message);
            return 1;
        }
        catch (Exception ex) when (StartupErrors.Describe(ex) is { } line)
        {
            await Console.Error.WriteLineAsync("RunWell cannot start: " + line);
            return 2;
        }
    }
}
