using Microsoft.Extensions.Logging;
using Quartz;
using RunWell.Domain.Posts;
using RunWell.Domain.Rhythm;

namespace RunWell.Scheduling.Jobs;

/// <summary>
/// One slot of one club's weekly post. Durable, with one one-shot trigger per (server, kind) carrying
/// the slot in its data; the planner publishes and puts the next slot on the calendar.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class GroupPostJob(RhythmPlanner planner, ILogger<GroupPostJob> logger) : IJob
{
    public static readonly JobKey Key = new("group-post", RhythmKeys.Group);

    public const string GuildIdKey = "guildId";
    public const string KindKey = "kind";
    public const string SlotKey = "slotUtcTicks";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var guildId = ulong.Parse(data.GetString(GuildIdKey)!, System.Globalization.CultureInfo.InvariantCulture);
        var kind = (PostKind)data.GetInt(KindKey);
        var slotUtc = new DateTime(data.GetLong(SlotKey), DateTimeKind.Utc);

        var result = await planner.FireAsync(guildId, kind, slotUtc, cancellationToken);
        LogFired(kind, guildId, slotUtc, result);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} for server {GuildId} at slot {SlotUtc:u}: {Result}")]
    private partial void LogFired(PostKind kind, ulong guildId, DateTime slotUtc, PublishResult result);
}
