using Microsoft.Extensions.Logging;
using Quartz;
using RunWell.Domain.Rhythm;

namespace RunWell.Scheduling.Jobs;

/// <summary>Once at start: plan every club's slots and catch up on posts that fell due during downtime.</summary>
[DisallowConcurrentExecution]
internal sealed partial class RhythmStartupJob(RhythmPlanner planner, ILogger<RhythmStartupJob> logger) : IJob
{
    public static readonly JobKey Key = new("rhythm-startup", RhythmKeys.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var caughtUp = await planner.StartAsync(cancellationToken);
        LogStarted(caughtUp);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly rhythm planned; {CaughtUp} missed posts sent after downtime")]
    private partial void LogStarted(int caughtUp);
}
