using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;
using RunWell.Domain.Posts;
using RunWell.Domain.Rhythm;
using RunWell.Scheduling.Jobs;

namespace RunWell.Scheduling;

public static class SchedulingHostApplicationBuilderExtensions
{
    /// <summary>
    /// Quartz with an in-memory store driving the weekly rhythm. Call after AddRunWellPersistence, so the
    /// migrator (a hosted service) runs before the scheduler starts.
    /// <para>
    /// RAM store on purpose: the calendar is rebuilt from the clubs table at every start (plus catch-up),
    /// and the database's unique post key, not Quartz, is the once-only guarantee. A persistent Quartz
    /// store (its own SQLite file, or PostgreSQL for several nodes) can be added later without changing
    /// the jobs. The scheduler runs on the container's TimeProvider (Quartz's documented fallback order),
    /// so tests drive it with a FakeTimeProvider.
    /// </para>
    /// </summary>
    public static IHostApplicationBuilder AddRunWellScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddQuartz(q =>
        {
            q.AddJob<GroupPostJob>(j => j.WithIdentity(GroupPostJob.Key).StoreDurably());
            q.AddJob<NudgeSweepJob>(j => j.WithIdentity(NudgeSweepJob.Key).StoreDurably());
            q.AddJob<OutboxDeliveryJob>(j => j.WithIdentity(OutboxDeliveryJob.Key).StoreDurably());
            q.AddJob<RhythmStartupJob>(j => j.WithIdentity(RhythmStartupJob.Key).StoreDurably());
            RetentionJob.Register(q);
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<RhythmBootstrap>();

        // Here, not in the domain: it needs the platform's IOutboundMessenger (Discord or console).
        builder.Services.AddScoped<OutboxDelivery>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ISlotScheduler, QuartzSlotScheduler>());
        builder.Services.Replace(ServiceDescriptor.Singleton<IOutboxSignal, QuartzOutboxSignal>());
        return builder;
    }
}
