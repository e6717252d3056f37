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
            => invalid.Message,
        StartupConfigurationException config => config.Message,
        _ => null,
    };
}

/// <summary>A setting that is wrong in a way options validation cannot express (e.g. a malformed connection string).</summary>
internal sealed class StartupConfigurationException(string message) : Exception(message);
