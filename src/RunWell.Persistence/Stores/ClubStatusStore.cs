using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;

namespace RunWell.Persistence.Stores;

/// <summary>Counts for /runwell status. Returns numbers and channel errors only, never a member's id or data.</summary>
internal sealed class ClubStatusStore(RunWellDbContext db) : IClubStatusStore
{
    private static readonly TimeSpan RunWindow = TimeSpan.FromHours(24);

    public async Task<MemberCounts> CountMembersAsync(ulong guildId, DateTime nowUtc, CancellationToken ct)
    {
        var members = db.Members.Where(m => m.GuildId == guildId);
        return new MemberCounts(
            await members.CountAsync(ct),
            await members.CountAsync(m => m.BuddyOptIn, ct),
            await members.CountAsync(m => m.NudgeOptIn, ct),
            await db.Pauses.Where(p => p.GuildId == guildId).Where(Pause.ActiveAt(nowUtc))
                .Select(p => p.UserId).Distinct().CountAsync(ct));
    }

    public async Task<IReadOnlyList<PostResult>> LastResultsAsync(ulong guildId, CancellationToken ct)
    {
        var results = new List<PostResult>();
        foreach (var kind in Enum.GetValues<PostKind>())
        {
            if (await LastResultAsync(guildId, kind, ct) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }

    private async Task<PostResult?> LastResultAsync(ulong guildId, PostKind kind, CancellationToken ct)
    {
        var lastPost = await db.ScheduledPosts.Where(p => p.GuildId == guildId && p.Kind == kind)
            .OrderByDescending(p => p.CreatedAtUtc).Select(p => (DateTime?)p.CreatedAtUtc).FirstOrDefaultAsync(ct);
        var lastMessage = await db.Outbox.Where(o => o.GuildId == guildId && o.Kind == kind)
            .OrderByDescending(o => o.CreatedAtUtc).Select(o => (DateTime?)o.CreatedAtUtc).FirstOrDefaultAsync(ct);
        if (lastPost is null && lastMessage is null)
        {
            return null;
        }

        var last = lastPost > lastMessage || lastMessage is null ? lastPost!.Value : lastMessage.Value;
        var from = last - RunWindow;
        var messages = await db.Outbox.AsNoTracking()
            .Where(o => o.GuildId == guildId && o.Kind == kind && o.CreatedAtUtc >= from && o.CreatedAtUtc <= last)
            .Select(o => new { o.Status, o.ChannelId, o.LastError, o.CreatedAtUtc, o.Id })
            .ToListAsync(ct);

        var failed = messages.Where(m => m.Status == OutboxStatus.Failed).ToList();
        var channelError = failed.Where(m => m.ChannelId is not null && m.LastError is not null)
            .OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id)
            .Select(m => m.LastError).FirstOrDefault();
        return new PostResult(
            kind,
            last,
            messages.Count(m => m.Status == OutboxStatus.Sent),
            messages.Count(m => m.Status == OutboxStatus.Pending),
            failed.Count,
            channelError,
            failed.Count(m => m.ChannelId is null));
    }
}
