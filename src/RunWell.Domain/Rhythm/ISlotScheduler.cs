using RunWell.Domain.Posts;

namespace RunWell.Domain.Rhythm;

/// <summary>
/// The calendar behind the weekly posts (Quartz in the host). One pending firing per (server, kind):
/// scheduling again replaces it. Without a scheduler (tests, tools) nothing fires.
/// </summary>
public interface ISlotScheduler
{
    Task ScheduleAsync(ulong guildId, PostKind kind, DateTime slotUtc, CancellationToken ct);

    Task UnscheduleAsync(ulong guildId, CancellationToken ct);
}

internal sealed class NoSlotScheduler : ISlotScheduler
{
    public Task ScheduleAsync(ulong guildId, PostKind kind, DateTime slotUtc, CancellationToken ct) => Task.CompletedTask;

    public Task UnscheduleAsync(ulong guildId, CancellationToken ct) => Task.CompletedTask;
}
