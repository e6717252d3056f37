using System.Globalization;
using Microsoft.Extensions.Logging;
using Quartz;
using RunWell.Domain.GroupRuns;

namespace RunWell.Scheduling.Jobs;

/// <summary>
/// One step of one group run: its reminder or its end ("who came?", next week's run). Durable, with
/// one-shot triggers per (run, step) carrying the run id; the lifecycle decides and records once.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class GroupRunJob(GroupRunLifecycle lifecycle, ILogger<GroupRunJob> logger) : IJob
{
    public static readonly JobKey Key = new("group-run", RhythmKeys.Group);
    public const string Group = "runwell-group-runs";
    public const string RunIdKey = "runId";
    public const string StepKey = "step";
    public const string Remind = "remind";
    public const string Finish = "finish";

    public static TriggerKey TriggerFor(long runId, string step) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{runId}:{step}"), Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var runId = long.Parse(data.GetString(RunIdKey)!, CultureInfo.InvariantCulture);
        if (data.GetString(StepKey) == Remind)
        {
            var queued = await lifecycle.RemindAsync(runId, cancellationToken);
            LogReminded(runId, queued);
        }
        else
        {
            var next = await lifecycle.FinishAsync(runId, cancellationToken);
            LogFinished(runId, next?.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Group run {RunId}: {Count} reminders queued")]
    private partial void LogReminded(long runId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group run {RunId} finished; next weekly run {NextRunId}")]
    private partial void LogFinished(long runId, long? nextRunId);
}

/// <summary>At start, puts every scheduled group run back on the calendar (the memory store forgets them).</summary>
[DisallowConcurrentExecution]
internal sealed partial class GroupRunStartupJob(GroupRunLifecycle lifecycle, ILogger<GroupRunStartupJob> logger) : IJob
{
    public static readonly JobKey Key = new("group-run-startup", RhythmKeys.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var planned = await lifecycle.StartAsync(cancellationToken);
        LogPlanned(planned);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Group runs: {Count} put back on the calendar")]
    private partial void LogPlanned(int count);
}
