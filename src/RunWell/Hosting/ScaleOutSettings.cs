using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunWell.Discord;
using RunWell.Persistence;
using RunWell.Scheduling;

namespace RunWell.Hosting;

/// <summary>
/// The scale-out settings of three sections seen together, because only together can they be wrong:
/// several processes must share one PostgreSQL database and one clustered calendar.
/// </summary>
internal sealed class ScaleOutSettings
{
    public DatabaseProvider Database { get; set; }

    public SchedulingStore Scheduling { get; set; }

    public int ShardCount { get; set; } = 1;
}

/// <summary>
/// Scheduled work is not split by shard: with the clustered store any node may fire a club's post,
/// and delivery goes through the shared outbox over REST, which any node can send. So the only rules
/// are that every process shares the database and the calendar.
/// </summary>
internal sealed class ScaleOutSettingsValidator : IValidateOptions<ScaleOutSettings>
{
    public ValidateOptionsResult Validate(string? name, ScaleOutSettings options)
    {
        if (options.Scheduling == SchedulingStore.Postgres && options.Database != DatabaseProvider.Postgres)
        {
            return ValidateOptionsResult.Fail("Scheduling:Store Postgres needs Database:Provider Postgres (the calendar lives in the same database).");
        }

        // With in-memory calendars every process would run every club's posts and the outbox
        // delivery: the post key stops double posts, but two senders could deliver one message twice.
        return options.ShardCount > 1 && options.Scheduling != SchedulingStore.Postgres
            ? ValidateOptionsResult.Fail("Discord:ShardCount above 1 needs Scheduling:Store Postgres and Database:Provider Postgres, so all shards share one database and one calendar.")
            : ValidateOptionsResult.Success;
    }
}

internal static class ScaleOutRegistration
{
    public static IHostApplicationBuilder AddRunWellScaleOutCheck(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScaleOutSettings>()
            .Configure<IOptions<DatabaseOptions>, IOptions<SchedulingOptions>, IOptions<DiscordOptions>>((settings, database, scheduling, discord) =>
            {
                settings.Database = database.Value.Provider;
                settings.Scheduling = scheduling.Value.Store;
                settings.ShardCount = discord.Value.ShardCount ?? 1;
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ScaleOutSettings>, ScaleOutSettingsValidator>();
        return builder;
    }
}
