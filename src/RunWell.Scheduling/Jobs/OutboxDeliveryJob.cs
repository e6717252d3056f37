using Microsoft.Extensions.Logging;
using Quartz;
using RunWell.Domain.Posts;

namespace RunWell.Scheduling.Jobs;

/// <summary>
/// Sends due outbox rows. A Quartz job rather than a BackgroundService so one calendar (and one fake
/// clock in tests) drives everything: it polls every 10 s for retries that fell due, and is triggered
/// at once whenever new rows are saved. [DisallowConcurrentExecution] keeps a single sender.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class OutboxDeliveryJob(OutboxDelivery delivery, ILogger<OutboxDeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("outbox-delivery", RhythmKeys.Group);
    public static readonly TriggerKey TriggerKey = new("outbox-delivery-poll", RhythmKeys.Group);
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var pass = await delivery.DeliverDueAsync(cancellationToken);
        if (pass.Sent + pass.Retrying + pass.Failed > 0)
        {
            LogDelivered(pass.Sent, pass.Retrying, pass.Failed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} sent, {Retrying} to retry, {Failed} failed for good")]
    private partial void LogDelivered(int sent, int retrying, int failed);
}
