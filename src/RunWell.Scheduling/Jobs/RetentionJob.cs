using Microsoft.Extensions.Logging;
using Quartz;
using RunWell.Domain.Privacy;

namespace RunWell.Scheduling.Jobs;

/// <summary>
/// The daily clean-up: entries past each server's retention, and servers removed more than 30 days ago.
/// Fires hourly; <see cref="RetentionService"/> only moves a server's cut-off at 03:00 in that server's
/// zone, so each server is swept once a day at its own 03:00 without a trigger per server.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class RetentionJob(RetentionService retention, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "maintenance");
    public static readonly TriggerKey HourlyTrigger = new("retention-hourly", "maintenance");

    /// <summary>Adds the job and its hourly trigger (minute 5, clear of the hour's group posts).</summary>
    /// <remarks>A missed hour needs no catch-up firing: the next one deletes whatever is due.</remarks>
    public static void Register(IQuartzBuilder quartz)
    {
        quartz.AddJob<RetentionJob>(job => job.WithIdentity(Key).StoreDurably().WithDescription("Retention and removed-server purge"));
        quartz.AddTrigger(trigger => trigger
            .ForJob(Key)
            .WithIdentity(HourlyTrigger)
            .WithCronSchedule("0 5 * * * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await retention.RunAsync(cancellationToken);
        if (report.Deleted.Total > 0 || report.ServersPurged > 0)
        {
            LogSwept(report.ServersSwept, report.Deleted.Total, report.ServersPurged, report.PurgedRows);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention swept {Servers} servers: {Deleted} old rows deleted; {Purged} removed servers purged ({PurgedRows} rows)")]
    private partial void LogSwept(int servers, int deleted, int purged, int purgedRows);
}
