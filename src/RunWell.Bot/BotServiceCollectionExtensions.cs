using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Engine;
using RunWell.Bot.Handlers;
using RunWell.Bot.Handlers.Admin;
using RunWell.Bot.Handlers.Privacy;

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
        services.AddScoped<ICommandHandler, RunwellSetupHandler>();
        services.AddScoped<ICommandHandler, RunwellSupportHandler>();
        services.AddScoped<ICommandHandler, RunwellRetentionHandler>();
        services.AddScoped<ICommandHandler, RunwellStatusHandler>();
        services.AddScoped<IAutocompleteHandler, TimezoneAutocomplete>();
        services.AddScoped<ICommandHandler, PrivacyExportHandler>();
        services.AddScoped<ICommandHandler, PrivacyDeleteHandler>();
        services.AddScoped<IComponentHandler, PrivacyButtons>();
        return services;
    }
}
