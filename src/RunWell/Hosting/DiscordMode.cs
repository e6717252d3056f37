using Microsoft.Extensions.Hosting;

namespace RunWell.Hosting;

internal static class DiscordMode
{
    public static IHostApplicationBuilder AddRunWellDiscordMode(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[ModeSelector.TokenKey]))
        {
            throw new StartupConfigurationException(
                "Discord:Token is required when RunWell:Mode is Discord. Set the Discord__Token environment variable (see README.md), or run without RunWell__Mode for console mode.");
        }

        throw new StartupConfigurationException("The Discord connection is not wired yet in this build.");
    }
}
