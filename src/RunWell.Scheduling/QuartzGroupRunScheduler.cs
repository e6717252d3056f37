using System.Globalization;
using Quartz;
using RunWell.Domain.GroupRuns;
using RunWell.Scheduling.Jobs;

namespace RunWell.Scheduling;

/// <summary>Each run's reminder and end as one-shot triggers, replaced by key, so planning again never adds a firing.</summary>
internal sealed class QuartzGroupRunScheduler(ISchedulerFactory schedulers) : IGroupRunScheduler
{
    public async Task ScheduleAsync(long runId, DateTime? reminderUtc, DateTime endUtc, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        if (reminderUtc is { } reminder)
        {
            await scheduler.ScheduleJob(Trigger(runId, GroupRunJob.Remind, reminder), ScheduleJobOptions.Replacing, ct);
        }

        await scheduler.ScheduleJob(Trigger(runId, GroupRunJob.Finish, endUtc), ScheduleJobOptions.Replacing, ct);
    }

    public async Task UnscheduleAsync(long runId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.UnscheduleJobs([GroupRunJob.TriggerFor(runId, GroupRunJob.Remind), GroupRunJob.TriggerFor(runId, GroupRunJob.Finish)], ct);
    }

    private static ITrigger Trigger(long runId, string step, DateTime atUtc) =>
        TriggerBuilder.Create()
            .WithIdentity(GroupRunJob.TriggerFor(runId, step))
            .ForJob(GroupRunJob.Key)
            .UsingJobData(GroupRunJob.RunIdKey, runId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(GroupRunJob.StepKey, step)
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc)))
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
}
