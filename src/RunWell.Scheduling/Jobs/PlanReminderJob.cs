using System.Globalization;
using Microsoft.Extensions.Logging;
using Quartz;
using RunWell.Domain.Plans;

namespace RunWell.Scheduling.Jobs;

/// <summary>One member's slot reminder; the service sends (or skips) it and plans the next.</summary>
[DisallowConcurrentExecution]
internal sealed partial class PlanReminderJob(PlanReminderService reminders, ILogger<PlanReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("plan-reminder", RhythmKeys.Group);

    public const string GuildIdKey = "guildId";
    public const string UserIdKey = "userId";
    public const string SendKey = "sendUtcTicks";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var guildId = ulong.Parse(data.GetString(GuildIdKey)!, CultureInfo.InvariantCulture);
        var userId = ulong.Parse(data.GetString(UserIdKey)!, CultureInfo.InvariantCulture);
        var sendUtc = new DateTime(data.GetLong(SendKey), DateTimeKind.Utc);

        var result = await reminders.FireAsync(guildId, userId, sendUtc, cancellationToken);

        // The outcome and the server only: who was reminded is nobody's business, logs included.
        LogFired(guildId, result);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Plan reminder in server {GuildId}: {Result}")]
    private partial void LogFired(ulong guildId, PlanReminderResult result);
}
