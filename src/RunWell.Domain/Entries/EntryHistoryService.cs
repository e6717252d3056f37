using RunWell.Domain.Members;
using RunWell.Domain.Ports;

namespace RunWell.Domain.Entries;

/// <summary>/run history and /run undo: a member looking back at, or taking back, their own entries in one server.</summary>
public sealed class EntryHistoryService(IEntryStore entries, IMemberStore members, IBuddyStore buddies, IUnitOfWork unitOfWork)
{
    public const int HistoryCount = 10;

    /// <summary>The newest entries by when they happened, runs and check-ins together.</summary>
    public Task<IReadOnlyList<Entry>> RecentAsync(MemberRef who, CancellationToken ct) =>
        entries.ListRecentAsync(who.GuildId, who.UserId, HistoryCount, ct);

    /// <summary>
    /// Removes the entry logged most recently (not the one that happened last: a backdated run logged
    /// just now is what a member means by "undo"). Returns what was removed, or null when there was nothing.
    /// A run that used a removed check-in as its "before" keeps its own after-ratings.
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
        await RecomputeActivityAsync(who, last.AtUtc, ct);
        return last;
    }

    /// <summary>
    /// Nudges count quiet days from the last activity; when the undone entry was that activity, the
    /// member's quiet days start again from what remains (an entry or a buddy answer).
    /// </summary>
    private async Task RecomputeActivityAsync(MemberRef who, DateTime removedAtUtc, CancellationToken ct)
    {
        var member = await members.FindAsync(who.GuildId, who.UserId, ct);
        if (member is null || member.LastActivityAtUtc != removedAtUtc)
        {
            return;
        }

        var remaining = await entries.ListRecentAsync(who.GuildId, who.UserId, 1, ct);
        DateTime? newestEntry = remaining.Count > 0 ? remaining[0].AtUtc : null;
        var newestAnswer = await buddies.LatestAnswerAtAsync(who.GuildId, who.UserId, ct);
        member.LastActivityAtUtc = (newestEntry, newestAnswer) switch
        {
            ({ } entry, { } answer) => entry > answer ? entry : answer,
            (var entry, var answer) => entry ?? answer,
        };
        await unitOfWork.SaveChangesAsync(ct);
    }
}
