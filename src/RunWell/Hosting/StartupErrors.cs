using Microsoft.Extensions.Options;

namespace RunWell.Hosting;

/// <summary>Turns a configuration failure into one clear line that names the key; anything else is a crash.</summary>
internal static class StartupErrors
{
    public static string? Describe(Exception ex) => ex switch
    {
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        AggregateException aggregate => aggregate.InnerExceptions.Select(Describe).FirstOrDefault(d => d is not null),

        // The binder's own message names the key: "Failed to convert configuration value at 'Database:BusyTimeout' ...".
        InvalidOperationException invalid when invalid.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal)
            => invalid.Message + AllowedValues(invalid.Message),
        StartupConfigurationException config => config.Message,
        _ => null,
    };

    /// <summary>For an enum setting (RunWell:Mode=Slack), the values it accepts, e.g. " Allowed values: Auto, Console, Discord."</summary>
    private static string AllowedValues(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, "to type '(?<type>[^']+)'");
        var type = match.Success
            ? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(match.Groups["type"].Value)).FirstOrDefault(t => t is not null)
            : null;
        return type is { IsEnum: true } ? $" Allowed values: {string.Join(", ", Enum.GetNames(type))}." : "";
    }
}

/// <summary>A setting that is wrong in a way options validation cannot express (e.g. a malformed connection string).</summary>
internal sealed class StartupConfigurationException(string message) : Exception(message);
