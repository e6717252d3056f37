using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Engine;
using RunWell.Bot.Handlers;

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
        services.AddScoped<ICommandHandler, BuddyJoinHandler>();
        services.AddScoped<ICommandHandler, BuddyLeaveHandler>();
        services.AddScoped<ICommandHandler, BuddyStatusHandler>();
        services.AddScoped<IComponentHandler, BuddyAnswerHandler>();
        services.AddScoped<ICommandHandler, PauseHandler>();
        services.AddScoped<ICommandHandler, ResumeHandler>();
        return services;
    }
}
