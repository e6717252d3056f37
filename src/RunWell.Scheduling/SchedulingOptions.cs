using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace RunWell.Scheduling;

/// <summary>Where Quartz keeps the calendar.</summary>
public enum SchedulingStore
{
    /// <summary>In memory, rebuilt from the clubs table at every start: one process.</summary>
    Memory,

    /// <summary>
    /// QRTZ_* tables in the PostgreSQL database of ConnectionStrings:RunWell, clustered: every bot process
    /// shares one calendar and each trigger fires on exactly one of them.
    /// </summary>
    Postgres,
}

/// <summary>Settings of the "Scheduling" section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Memory (default) or Postgres (clustered; needs Database:Provider Postgres).</summary>
    public SchedulingStore Store { get; set; } = SchedulingStore.Memory;

    /// <summary>
    /// This node's name in the cluster (Postgres store only). Left empty, Quartz generates one from the
    /// host name and start time; set it to recognise nodes in qrtz_scheduler_state. Must differ per process.
    /// </summary>
    public string? InstanceId { get; set; }

    /// <summary>The store as registration needs it; a bad value falls back here and fails validation at start.</summary>
    internal static SchedulingStore StoreFrom(IConfiguration configuration) =>
        Enum.TryParse<SchedulingStore>(configuration[Section + ":" + nameof(Store)], ignoreCase: true, out var store) && Enum.IsDefined(store)
            ? store
            : SchedulingStore.Memory;
}

/// <summary>Names the key in every failure, so a bad setting stops the process with one clear line.</summary>
internal sealed class SchedulingOptionsValidator(IConfiguration configuration) : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        if (!Enum.IsDefined(options.Store))
        {
            return ValidateOptionsResult.Fail("Scheduling:Store must be Memory or Postgres.");
        }

        if (options.InstanceId is { } id && (id.Length is 0 or > 200 || id.Any(char.IsWhiteSpace)))
        {
            return ValidateOptionsResult.Fail("Scheduling:InstanceId must be 1 to 200 characters without spaces, or left out.");
        }

        // Never echo the connection string: it usually carries a password.
        return options.Store == SchedulingStore.Postgres && string.IsNullOrWhiteSpace(configuration.GetConnectionString(SchedulingStoreSetup.ConnectionStringName))
            ? ValidateOptionsResult.Fail("ConnectionStrings:RunWell must be set when Scheduling:Store is Postgres.")
            : ValidateOptionsResult.Success;
    }
}
