using Microsoft.Extensions.Logging;
using Quartz;
using RunWell.Domain.Nudges;

namespace RunWell.Scheduling.Jobs;

/// <summary>Every 15 minutes: nudge whoever is due now in their own zone (the sweep decides who).</summary>
[DisallowConcurrentExecution]
internal sealed partial class NudgeSweepJob(NudgeSweep sweep, ILogger<NudgeSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("nudge-sweep", RhythmKeys.Group);
    public static readonly TriggerKey TriggerKey = new("nudge-sweep-every-15-min", RhythmKeys.Group);
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await sweep.SweepAsync(cancellationToken);
        if (result.Nudged > 0)
        {
            LogSwept(result.Nudged, result.Clubs);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nudge sweep: {Nudged} nudges queued across {Clubs} servers")]
    private partial void LogSwept(int nudged, int clubs);
}
