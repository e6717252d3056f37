using RunWell.Domain.Members;
using RunWell.Domain.Reviews;
using RunWell.Domain.Time;

namespace RunWell.Domain.Milestones;

/// <summary>Milestones' database port.</summary>
public interface IMilestoneStore
{
    Task<int> CountRunsAsync(ulong guildId, ulong userId, CancellationToken ct);

    Task<IReadOnlyList<(MilestoneKind Kind, int Count)>> ListAsync(ulong guildId, ulong userId, CancellationToken ct);

    /// <summary>Saves new milestones at once; false (nothing saved) when another request recorded them first.</summary>
    Task<bool> TryAddAsync(IReadOnlyList<Milestone> milestones, CancellationToken ct);

    /// <summary>Milestones reached in the window by members who opted in to being celebrated.</summary>
    Task<IReadOnlyList<MilestoneReached>> ListCelebratedAsync(ulong guildId, DateTime fromUtc, DateTime toUtc, CancellationToken ct);
}

/// <summary>After a run is saved: which milestones it reached, recorded once so they are said exactly once.</summary>
public sealed class MilestoneService(IMilestoneStore store, Ports.IEntryStore entries, Ports.IMemberStore members, TimeProvider time)
{
    public async Task<IReadOnlyList<MilestoneReached>> AfterRunAsync(MemberContext context, CancellationToken ct)
    {
        var (guildId, userId) = (context.Member.GuildId, context.Member.UserId);
        var now = time.GetUtcNow().UtcDateTime;
        var today = LocalClock.LocalDate(now, context.Zone);
        var since = WeekWindow.MondayOf(today).AddDays(-7 * MilestonePolicy.StreakLookbackWeeks);

        var runs = await store.CountRunsAsync(guildId, userId, ct);
        var ranWeeks = await entries.ListRunWeeksAsync(guildId, userId, since, ct);
        var pauses = await members.ListPausesAsync(guildId, userId, DateTime.MinValue, ct);
        var weeks = WeeksInARow.Count(WeekWindow.MondayOf(today), reviewedWeekInProgress: true, ranWeeks.Where(monday => monday <= today), pauses, context.Zone, since).Weeks;

        var check = MilestonePolicy.Check(runs, weeks, [.. await store.ListAsync(guildId, userId, ct)]);
        if (check.Record.Count == 0)
        {
            return [];
        }

        var rows = check.Record.Select(m => new Milestone { GuildId = guildId, UserId = userId, Kind = m.Kind, Count = m.Count, ReachedAtUtc = now }).ToList();
        if (!await store.TryAddAsync(rows, ct))
        {
            return [];
        }

        return [.. check.Announce.Select(m => new MilestoneReached(userId, m.Kind, m.Count))];
    }
}
