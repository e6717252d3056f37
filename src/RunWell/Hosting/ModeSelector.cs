using Microsoft.Extensions.Configuration;

namespace RunWell.Hosting;

internal static class ModeSelector
{
    public const string TokenKey = "Discord:Token";

    /// <summary>Console when asked for, or when no token is set in Auto mode; Discord otherwise.</summary>
    public static RunMode Decide(IConfiguration configuration, bool consoleFlag)
    {
        if (consoleFlag)
        {
            return RunMode.Console;
        }

        var configured = configuration.GetValue($"{RunWellOptions.Section}:Mode", RunMode.Auto);
        var hasToken = !string.IsNullOrWhiteSpace(configuration[TokenKey]);
        return configured switch
        {
            RunMode.Console => RunMode.Console,
            RunMode.Discord => RunMode.Discord,
            _ => hasToken ? RunMode.Discord : RunMode.Console,
        };
    }
}
