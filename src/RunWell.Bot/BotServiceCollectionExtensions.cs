using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Engine;
using RunWell.Bot.Charts;
using RunWell.Bot.Handlers;
using RunWell.Bot.Handlers.Rhythm;
using RunWell.Domain.Summaries;

namespace RunWell.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>The engine and every handler, registered explicitly (no scanning), all scoped.</summary>
    public static IServiceCollection AddRunWellBot(this IServiceCollection services)
    {
        services.AddScoped<BotEngine>();

        services.AddScoped<ICommandHandler, HelpHandler>();
        services.AddScoped<ICommandHandler, CheckInHandler>();
        services.AddScoped<ICommandHandler, RunLogHandler>();

        // The weekly rhythm: nudge settings and buttons, the admin preview, the summary chart.
        services.AddScoped<ICommandHandler, NudgeOnHandler>();
        services.AddScoped<ICommandHandler, NudgeOffHandler>();
        services.AddScoped<IComponentHandler, NudgeSnoozeButton>();
        services.AddScoped<IComponentHandler, NudgeStopButton>();
        services.AddScoped<ICommandHandler, PreviewHandler>();
        services.AddSingleton<ISummaryChart, WeeklySummaryChart>();
        return services;
    }
}
