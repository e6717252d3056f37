using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Posts;
using RunWell.Domain.Rhythm;
using RunWell.Scheduling.Jobs;

namespace RunWell.Scheduling;

public static class SchedulingHostApplicationBuilderExtensions
{
    /// <summary>
    /// Quartz driving the weekly rhythm. Call after AddRunWellPersistence, so the migrator (a hosted
    /// service) runs before the scheduler starts.
    /// <para>
    /// Memory store by default: the calendar is rebuilt from the clubs table at every start (plus
    /// catch-up), and the database's unique post key, not Quartz, is the once-only guarantee. With
    /// Scheduling:Store Postgres the same jobs run on a clustered store, so several bot processes share one
    /// calendar and a trigger fires on one of them. The scheduler runs on the container's TimeProvider
    /// (Quartz's documented fallback order), so tests drive it with a FakeTimeProvider.
    /// </para>
    /// </summary>
    public static IHostApplicationBuilder AddRunWellScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();

        // AddQuartz applies its configuration now, so the store is read from configuration here.
        var store = SchedulingOptions.StoreFrom(builder.Configuration);
        var instanceId = builder.Configuration[SchedulingOptions.Section + ":" + nameof(SchedulingOptions.InstanceId)];
        var connectionString = builder.Configuration.GetConnectionString(SchedulingStoreSetup.ConnectionStringName);

        builder.Services.AddQuartz(q =>
        {
            SchedulingStoreSetup.Apply(q, store, instanceId, connectionString);

            // Durable: a persistent store keeps the jobs between triggers and across restarts.
            q.AddJob<GroupPostJob>(j => j.WithIdentity(GroupPostJob.Key).StoreDurably());
            q.AddJob<NudgeSweepJob>(j => j.WithIdentity(NudgeSweepJob.Key).StoreDurably());
            q.AddJob<OutboxDeliveryJob>(j => j.WithIdentity(OutboxDeliveryJob.Key).StoreDurably());
            q.AddJob<RhythmStartupJob>(j => j.WithIdentity(RhythmStartupJob.Key).StoreDurably());
            q.AddJob<PlanReminderJob>(j => j.WithIdentity(PlanReminderJob.Key).StoreDurably());
            q.AddJob<PlanStartupJob>(j => j.WithIdentity(PlanStartupJob.Key).StoreDurably());
            RetentionJob.Register(q);
            q.AddJob<GroupRunJob>(j => j.WithIdentity(GroupRunJob.Key).StoreDurably());
            q.AddJob<GroupRunStartupJob>(j => j.WithIdentity(GroupRunStartupJob.Key).StoreDurably());
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<RhythmBootstrap>();

        // Here, not in the domain: it needs the platform's IOutboundMessenger (Discord or console).
        builder.Services.AddScoped<OutboxDelivery>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ISlotScheduler, QuartzSlotScheduler>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IOutboxSignal, QuartzOutboxSignal>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IGroupRunScheduler, QuartzGroupRunScheduler>());
        builder.Services.Replace(ServiceDescriptor.Singleton<RunWell.Domain.Plans.IPlanReminderScheduler, QuartzPlanReminderScheduler>());
        return builder;
    }
}
