using Microsoft.Extensions.Logging;
using Quartz;
using RunWell.Domain.Plans;

namespace RunWell.Scheduling.Jobs;

/// <summary>Once at start: put every member's next slot reminder on the calendar.</summary>
[DisallowConcurrentExecution]
internal sealed partial class PlanStartupJob(PlanReminderService reminders, ILogger<PlanStartupJob> logger) : IJob
{
    public static readonly JobKey Key = new("plan-startup", RhythmKeys.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var planned = await reminders.StartAsync(cancellationToken);
        LogStarted(planned);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slot reminders planned for {Members} members")]
    private partial void LogStarted(int members);
}
