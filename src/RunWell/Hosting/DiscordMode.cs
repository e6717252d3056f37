using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RunWell.Discord;
using RunWell.DiscordAdapter;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RunWell.Hosting;

internal static class DiscordMode
{
    /// <summary>The Discord client plus the small adapter that connects it to the bot engine.</summary>
    public static IHostApplicationBuilder AddRunWellDiscordMode(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[ModeSelector.TokenKey]))
        {
            throw new StartupConfigurationException(
                "Discord:Token is required when RunWell:Mode is Discord. Set the Discord__Token environment variable (see README.md), or run without RunWell__Mode for console mode.");
        }

        if (TokenShape.LooksLikePlaceholder(builder.Configuration[ModeSelector.TokenKey]!))
        {
            throw new StartupConfigurationException(
                "Discord:Token is a placeholder from an example, not a bot token. Copy the real token from the Developer Portal " +
                "(your application → Bot → Reset Token) into Discord__Token (or an --env-file).");
        }

        // Before the Discord client's hosted services: the warm-up finishes before the gateway connects.
        builder.Services.AddHostedService<StartupWarmUp>();
        builder.AddRunWellDiscord();
        builder.Services.AddScoped<IDiscordInteractionHandler, DiscordInteractionHandler>();
        builder.Services.AddSingleton<IInteractionFallbacks, BotFallbacks>();
        builder.Services.AddSingleton<ICommandSource, CatalogCommandSource>();
        builder.Services.AddSingleton<ICommandRegistrationStore, BotStateRegistrationStore>();
        builder.Services.AddSingleton<IGatewaySessionStore, BotStateGatewaySessionStore>();
        builder.Services.AddSingleton<IOutboundMessenger, DiscordOutboundMessenger>();
        builder.Services.AddScoped<IGuildEvents, ServerGuildEvents>();
        builder.Services.AddScoped<IScheduledEventUsers, GroupRunInterest>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IGroupRunPlatform, DiscordGroupRunPlatform>());
        builder.Services.AddHealthChecks().AddCheck<GatewayHealthCheck>("discord-gateway");
        return builder;
    }
}
