using Microsoft.Extensions.Configuration;
using RunWell.Domain.Text;

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

        var text = configuration[$"{RunWellOptions.Section}:Mode"];
        var configured = RunMode.Auto;
        if (!string.IsNullOrWhiteSpace(text) && !(Enum.TryParse(text, ignoreCase: true, out configured) && Enum.IsDefined(configured)))
        {
            throw new StartupConfigurationException(
                $"RunWell:Mode must be one of {string.Join(", ", Enum.GetNames<RunMode>())} (got \"{TypedText.Shorten(text, 20)}\").");
        }

        var hasToken = !string.IsNullOrWhiteSpace(configuration[TokenKey]);
        return configured switch
        {
            RunMode.Console => RunMode.Console,
            RunMode.Discord => RunMode.Discord,
            _ => hasToken ? RunMode.Discord : RunMode.Console,
        };
    }
}
