using Npgsql;
using Quartz;

namespace RunWell.Scheduling;

/// <summary>
/// Chooses Quartz's job store. The jobs do not change with it: the database's unique post key stays the
/// once-only guarantee, and the clustered store adds "fires on one node" on top.
/// </summary>
internal static class SchedulingStoreSetup
{
    /// <summary>The same database as the bot's data: one connection string to manage, one backup.</summary>
    public const string ConnectionStringName = "RunWell";

    /// <summary>Shared by every node of a cluster: Quartz keys all its rows by scheduler name.</summary>
    public const string SchedulerName = "RunWell";

    public static void Apply(IQuartzBuilder quartz, SchedulingStore store, string? instanceId, string? connectionString)
    {
        if (store != SchedulingStore.Postgres || string.IsNullOrWhiteSpace(connectionString))
        {
            // Memory, or a Postgres store without a connection string: validation stops the start with a
            // clear line, so registration only has to stay buildable.
            quartz.UseInMemoryStore();
            return;
        }

        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = SchedulerName;

            // Left unset, UseClustering has Quartz generate a distinct id per node.
            if (!string.IsNullOrWhiteSpace(instanceId))
            {
                scheduler.InstanceId = instanceId;
            }
        });

        quartz.UsePersistentStore(s =>
        {
            // The factory rather than the provider name: no assembly is loaded by reflection.
            s.UsePostgres(NpgsqlFactory.Instance, connectionString);

            // Several nodes may start at once; Quartz lets whichever loses the race find the winner's tables.
            s.ProvisionSchema();

            // Job data as invariant strings: readable in the table and immune to serializer type changes.
            s.ConfigureStore(o => o.StoreJobDataAsStrings = true);
            s.UseSystemTextJsonSerializer();
            s.UseClustering();
        });
    }
}
