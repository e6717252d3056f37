using System.Globalization;
using Quartz;
using RunWell.Domain.Plans;
using RunWell.Scheduling.Jobs;

namespace RunWell.Scheduling;

/// <summary>
/// Slot reminders on Quartz: one one-shot trigger per member, at the exact UTC instant of their next
/// reminder, replaced by key. Chosen over a sweep every few minutes because it fires on the minute, does
/// no work for members without reminders, and stays one pending trigger per member however many slots
/// they plan (each firing plans the next from the wall clock, so DST cannot shift or double one).
/// </summary>
internal sealed class QuartzPlanReminderScheduler(ISchedulerFactory schedulers) : IPlanReminderScheduler
{
    public async Task ScheduleAsync(ulong guildId, ulong userId, DateTime sendUtc, CancellationToken ct)
    {
        var trigger = TriggerBuilder.Create()
            .WithIdentity(RhythmKeys.PlanReminder(guildId, userId))
            .ForJob(PlanReminderJob.Key)
            // Strings only: the Postgres store keeps job data as strings.
            .UsingJobData(PlanReminderJob.GuildIdKey, guildId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(PlanReminderJob.UserIdKey, userId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(PlanReminderJob.SendKey, sendUtc.Ticks.ToString(CultureInfo.InvariantCulture))
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(sendUtc, DateTimeKind.Utc)))

            // Late: fire at once; the service decides whether it is still worth sending (and sends once).
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, ct);
    }

    public async Task UnscheduleAsync(ulong guildId, ulong userId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.UnscheduleJob(RhythmKeys.PlanReminder(guildId, userId), ct);
    }
}
