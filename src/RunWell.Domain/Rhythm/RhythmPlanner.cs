using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;

namespace RunWell.Domain.Rhythm;

/// <summary>
/// Keeps each club's weekly posts on the calendar. Every firing is one-shot at an instant computed by
/// <see cref="ClubSchedule"/> (DST-safe wall-clock maths) and plans the next one itself, so a change of
/// the clocks can neither double, drop nor shift a post, and a setup change applies from the next slot.
/// </summary>
public sealed class RhythmPlanner(
    IClubStore clubs,
    IPostStore posts,
    GroupPostPublisher publisher,
    ISlotScheduler scheduler,
    TimeProvider time) : IClubScheduleChanged
{
    /// <summary>At start: plan every club, then send what fell due during downtime and is still useful.</summary>
    public async Task<int> StartAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var caughtUp = 0;
        foreach (var club in await clubs.ListActiveAsync(ct))
        {
            ct.ThrowIfCancellationRequested();
            caughtUp += await CatchUpAsync(club, now, ct);
            await PlanAsync(club, now, ct);
        }

        return caughtUp;
    }

    /// <summary>A slot's firing: publish, then put the next slot of the same kind on the calendar.</summary>
    public async Task<PublishResult> FireAsync(ulong guildId, PostKind kind, DateTime slotUtc, CancellationToken ct)
    {
        var result = await publisher.PublishAsync(guildId, kind, slotUtc, ct);

        var club = await clubs.FindAsync(guildId, ct);
        if (club is not null && club.RemovedAtUtc is null)
        {
            // From the later of slot and now: a late firing must not plan a slot that already passed.
            var after = Max(slotUtc, time.GetUtcNow().UtcDateTime);
            var slot = ClubSchedule.WeeklySlots(club).First(s => s.Kind == kind);
            await scheduler.ScheduleAsync(guildId, kind, ClubSchedule.NextUtc(club, slot, after), ct);
        }

        return result;
    }

    public async Task ClubScheduleChangedAsync(ulong guildId, CancellationToken ct)
    {
        var club = await clubs.FindAsync(guildId, ct);
        if (club is null || club.RemovedAtUtc is not null)
        {
            await scheduler.UnscheduleAsync(guildId, ct);
            return;
        }

        await PlanAsync(club, time.GetUtcNow().UtcDateTime, ct);
    }

    private async Task PlanAsync(Club club, DateTime nowUtc, CancellationToken ct)
    {
        foreach (var slot in ClubSchedule.WeeklySlots(club))
        {
            await scheduler.ScheduleAsync(club.GuildId, slot.Kind, ClubSchedule.NextUtc(club, slot, nowUtc), ct);
        }
    }

    private async Task<int> CatchUpAsync(Club club, DateTime nowUtc, CancellationToken ct)
    {
        var sent = 0;
        foreach (var slot in ClubSchedule.WeeklySlots(club))
        {
            var latest = ClubSchedule.LatestUtc(club, slot, nowUtc);
            if (nowUtc - latest > CatchUpPolicy.WindowFor(slot.Kind) || await posts.HasPostSinceAsync(club.GuildId, slot.Kind, latest, ct))
            {
                continue;
            }

            if (await publisher.PublishAsync(club.GuildId, slot.Kind, latest, ct) == PublishResult.Posted)
            {
                sent++;
            }
        }

        return sent;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
