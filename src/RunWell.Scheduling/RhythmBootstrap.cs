using Microsoft.Extensions.Hosting;
using Quartz;
using RunWell.Scheduling.Jobs;

namespace RunWell.Scheduling;

/// <summary>
/// Puts the recurring triggers and the one-off startup run on the calendar when the host starts.
/// Done here rather than in AddQuartz so every start time comes from the container's TimeProvider
/// (a fake one in tests), never from the wall clock at configuration time.
/// </summary>
internal sealed class RhythmBootstrap(ISchedulerFactory schedulers, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = time.GetUtcNow();

        await scheduler.ScheduleJob(
            TriggerBuilder.Create().WithIdentity("rhythm-startup-now", RhythmKeys.Group).ForJob(RhythmStartupJob.Key).StartAt(now).Build(),
            ScheduleJobOptions.Replacing, cancellationToken);
        await scheduler.ScheduleJob(
            TriggerBuilder.Create().WithIdentity("plan-startup-now", RhythmKeys.Group).ForJob(PlanStartupJob.Key).StartAt(now).Build(),
            ScheduleJobOptions.Replacing, cancellationToken);
        await scheduler.ScheduleJob(
            TriggerBuilder.Create().WithIdentity("group-run-startup-now", RhythmKeys.Group).ForJob(GroupRunStartupJob.Key).StartAt(now).Build(),
            ScheduleJobOptions.Replacing, cancellationToken);

        await scheduler.ScheduleJob(Every(NudgeSweepJob.TriggerKey, NudgeSweepJob.Key, NudgeSweepJob.Interval, now), ScheduleJobOptions.Replacing, cancellationToken);
        await scheduler.ScheduleJob(Every(OutboxDeliveryJob.TriggerKey, OutboxDeliveryJob.Key, OutboxDeliveryJob.Interval, now), ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // After downtime or a stall, skip the missed repeats: the next run covers them.
    private static ITrigger Every(TriggerKey key, JobKey job, TimeSpan interval, DateTimeOffset start) =>
        TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(job)
            .StartAt(start)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
}
