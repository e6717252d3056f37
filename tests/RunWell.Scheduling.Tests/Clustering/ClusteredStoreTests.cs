using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing.Postgres;

namespace RunWell.Scheduling.Tests.Clustering;

/// <summary>Two nodes (two containers, as two processes would have) on one clustered PostgreSQL store.</summary>
public sealed class ClusteredStoreTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly JobKey Job = new("counting", "cluster-test");

    [PostgresFact]
    public async Task Two_clustered_schedulers_fire_each_trigger_exactly_once()
    {
        var firings = new Firings();
        await using var nodeA = await Node.StartAsync(database.ConnectionString, "node-a", firings);
        await using var nodeB = await Node.StartAsync(database.ConnectionString, "node-b", firings);

        // Due a moment from now, so both nodes are polling when they fall due and compete for them.
        var due = TimeProvider.System.GetUtcNow().AddSeconds(2);
        for (var i = 0; i < 12; i++)
        {
            var trigger = TriggerBuilder.Create().WithIdentity($"once-{i}", "cluster-test").ForJob(Job).StartAt(due).Build();
            await (i % 2 == 0 ? nodeA : nodeB).Scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing);
        }

        // Not a pause "for a double to show": wait until nothing is left that could fire (every trigger done
        // and removed, no job running on either node); from then on the count cannot change.
        await RhythmHost.WaitUntilAsync(async () => firings.All.Count >= 12 && await NothingLeftToFireAsync(nodeA));

        Assert.Equal(12, firings.All.Count);
        Assert.Equal(12, firings.All.Select(f => f.Trigger).Distinct().Count());
        Assert.All(firings.All, f => Assert.Contains(f.Node, (string[])["node-a", "node-b"]));
    }

    [PostgresFact]
    public async Task A_node_starting_again_keeps_the_durable_job_and_replaces_a_trigger_by_key()
    {
        var firings = new Firings();
        await using (var first = await Node.StartAsync(database.ConnectionString, "node-c", firings))
        {
            var later = TriggerBuilder.Create().WithIdentity("slot", "cluster-test").ForJob(Job).StartAt(TimeProvider.System.GetUtcNow().AddHours(1)).Build();
            await first.Scheduler.ScheduleJob(later, ScheduleJobOptions.Replacing);
        }

        // A restart registers the same durable job again and reschedules the same key, as the rhythm does.
        await using var second = await Node.StartAsync(database.ConnectionString, "node-c", firings);
        var sooner = TriggerBuilder.Create().WithIdentity("slot", "cluster-test").ForJob(Job).StartNow().Build();
        await second.Scheduler.ScheduleJob(sooner, ScheduleJobOptions.Replacing);

        await RhythmHost.WaitUntilAsync(async () => !firings.All.IsEmpty && await NothingLeftToFireAsync(second));

        // Fired once (the hour-away trigger was replaced, not kept beside it), and the job outlives its trigger.
        Assert.Equal("slot", Assert.Single(firings.All).Trigger);
        Assert.NotNull(await second.Scheduler.GetJobDetail(Job));
        Assert.Empty(await second.Scheduler.GetTriggersOfJob(Job));
    }

    /// <summary>
    /// No trigger of the job left in the shared store and no firing recorded in it, acquired or running, on
    /// any node (a firing is a durable record in a clustered store): nothing more can fire.
    /// </summary>
    private static async Task<bool> NothingLeftToFireAsync(Node node) =>
        (await node.Scheduler.GetTriggersOfJob(Job)).Count == 0
        && !(await node.Scheduler.QueryFireInstances(new FireInstanceQuery { State = null })).Items.Any();

    private sealed class Firings
    {
        public ConcurrentQueue<(string Node, string Trigger)> All { get; } = new();

        public void Add(string node, string trigger) => All.Enqueue((node, trigger));
    }

    private sealed class CountingJob(Firings firings) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            firings.Add(context.Scheduler.SchedulerInstanceId, context.Trigger.Key.Name);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class Node : IAsyncDisposable
    {
        private readonly ServiceProvider _provider;

        private Node(ServiceProvider provider, IScheduler scheduler)
        {
            _provider = provider;
            Scheduler = scheduler;
        }

        public IScheduler Scheduler { get; }

        public static async Task<Node> StartAsync(string connectionString, string instanceId, Firings firings)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton(firings);
            services.AddQuartz(q =>
            {
                // The production store setup, with the shortest idle wait Quartz allows so both nodes poll promptly.
                SchedulingStoreSetup.Apply(q, SchedulingStore.Postgres, instanceId, connectionString);
                q.ConfigureScheduler(s => s.IdleWaitTime = TimeSpan.FromSeconds(1));
                q.AddJob<CountingJob>(j => j.WithIdentity(Job).StoreDurably());
            });

            var provider = services.BuildServiceProvider();
            var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.Start();
            return new Node(provider, scheduler);
        }

        public async ValueTask DisposeAsync()
        {
            await Scheduler.Shutdown(waitForJobsToComplete: true);
            await _provider.DisposeAsync();
        }
    }
}
