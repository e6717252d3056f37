using RunWell.Domain.Members;
using RunWell.Domain.Ports;

namespace RunWell.Domain.Entries;

/// <summary>/run history and /run undo: a member looking back at, or taking back, their own entries in one server.</summary>
public sealed class EntryHistoryService(IEntryStore entries, IUnitOfWork unitOfWork)
{
    public const int HistoryCount = 10;

    /// <summary>The newest entries by when they happened, runs and check-ins together.</summary>
    public Task<IReadOnlyList<Entry>> RecentAsync(MemberRef who, CancellationToken ct) =>
        entries.ListRecentAsync(who.GuildId, who.UserId, HistoryCount, ct);

    /// <summary>
    /// Removes the entry logged most recently (not the one that happened last: a backdated run logged
    /// just now is what a member means by "undo"). Returns what was removed, or null when there was nothing.
    /// A run that used a removed check-in as its "before" keeps its own after-ratings. Nudges then count
    /// quiet days from what remains with nothing to recompute: <see cref="LastActivity"/> is read from the rows.
    /// </summary>
    public async Task<Entry?> UndoLastAsync(MemberRef who, CancellationToken ct)
    {
        var last = await entries.FindLastLoggedAsync(who.GuildId, who.UserId, ct);
        if (last is null)
        {
            return null;
        }

        if (last.Run is { } run)
        {
            entries.RemoveRun(run);
        }
        else
        {
            entries.RemoveCheckIn(last.CheckIn!);
        }

        await unitOfWork.SaveChangesAsync(ct);
        return last;
    }
}
