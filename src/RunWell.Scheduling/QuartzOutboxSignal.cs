using Quartz;
using RunWell.Domain.Posts;
using RunWell.Scheduling.Jobs;

namespace RunWell.Scheduling;

/// <summary>Fires the delivery job now; if it is running, Quartz queues one more run right after.</summary>
internal sealed class QuartzOutboxSignal(ISchedulerFactory schedulers) : IOutboxSignal
{
    public async Task NewMessagesSavedAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(OutboxDeliveryJob.Key, ct);
    }
}
