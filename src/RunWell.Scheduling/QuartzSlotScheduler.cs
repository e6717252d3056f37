using System.Globalization;
using Quartz;
using RunWell.Domain.Posts;
using RunWell.Domain.Rhythm;
using RunWell.Scheduling.Jobs;

namespace RunWell.Scheduling;

/// <summary>
/// The domain's calendar on Quartz: one one-shot trigger per (server, kind) at the exact UTC instant of
/// the next local slot. Replacing by key makes a reschedule idempotent and keeps one pending firing.
/// </summary>
internal sealed class QuartzSlotScheduler(ISchedulerFactory schedulers) : ISlotScheduler
{
    public async Task ScheduleAsync(ulong guildId, PostKind kind, DateTime slotUtc, CancellationToken ct)
    {
        var trigger = TriggerBuilder.Create()
            .WithIdentity(RhythmKeys.Slot(guildId, kind))
            .ForJob(GroupPostJob.Key)
            // Strings only: the Postgres store keeps job data as strings, and Quartz's typed readers parse them.
            .UsingJobData(GroupPostJob.GuildIdKey, guildId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(GroupPostJob.KindKey, ((int)kind).ToString(CultureInfo.InvariantCulture))
            .UsingJobData(GroupPostJob.SlotKey, slotUtc.Ticks.ToString(CultureInfo.InvariantCulture))
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(slotUtc, DateTimeKind.Utc)))

            // Late (a stalled process): fire at once; the slot travels in the data, and the post key
            // makes a duplicate impossible anyway.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, ct);
    }

    public async Task UnscheduleAsync(ulong guildId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var keys = Enum.GetValues<PostKind>().Select(kind => RhythmKeys.Slot(guildId, kind)).ToList();
        await scheduler.UnscheduleJobs(keys, ct);
    }
}
