using Microsoft.Extensions.Options;
using RunWell.Domain.Time;

namespace RunWell.Hosting;

public enum RunMode
{
    /// <summary>Discord when Discord:Token is set, otherwise the console chat.</summary>
    Auto,

    /// <summary>The terminal chat, even with a token.</summary>
    Console,

    /// <summary>Discord only: a missing token is an error (the Docker image uses this).</summary>
    Discord,
}

/// <summary>Settings of the "RunWell" section.</summary>
public sealed class RunWellOptions
{
    public const string Section = "RunWell";

    /// <summary>Auto, Console or Discord (default Auto). <c>--console</c> on the command line forces Console.</summary>
    public RunMode Mode { get; set; } = RunMode.Auto;

    /// <summary>The IANA time zone a server starts with until an admin runs /runwell setup (default UTC).</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>
    /// A file touched every 30 s while RunWell is healthy (database reachable, Discord connected) and
    /// removed when not; empty disables it. The Docker image's HEALTHCHECK reads it.
    /// </summary>
    public string? HealthFile { get; set; }

    /// <summary>Where console mode saves files a reply carries (charts, exports).</summary>
    public string ConsoleFilesDirectory { get; set; } = "data/console-files";

    /// <summary>
    /// The language console mode speaks, e.g. <c>es-ES</c> (any Spanish locale reads Spanish; anything else,
    /// English). Empty: the terminal's own language (LANG).
    /// </summary>
    public string? ConsoleLanguage { get; set; }
}

internal sealed class RunWellOptionsValidator : IValidateOptions<RunWellOptions>
{
    public ValidateOptionsResult Validate(string? name, RunWellOptions options)
    {
        if (!Enum.IsDefined(options.Mode))
        {
            return ValidateOptionsResult.Fail("RunWell:Mode must be Auto, Console or Discord.");
        }

        if (!TimeZones.TryFind(options.DefaultTimeZone, out _))
        {
            return ValidateOptionsResult.Fail($"RunWell:DefaultTimeZone must be an IANA time zone such as Europe/London (got \"{options.DefaultTimeZone}\").");
        }

        return string.IsNullOrWhiteSpace(options.ConsoleFilesDirectory)
            ? ValidateOptionsResult.Fail("RunWell:ConsoleFilesDirectory must name a folder.")
            : ValidateOptionsResult.Success;
    }
}
