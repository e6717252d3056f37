using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;

namespace RunWell.Persistence.Stores;

internal sealed class PostStore(RunWellDbContext db) : IPostStore
{
    private long _nextTemporaryId = -1;

    public Task<bool> HasPostSinceAsync(ulong guildId, PostKind kind, DateTime sinceUtc, CancellationToken ct) =>
        db.ScheduledPosts.AnyAsync(p => p.GuildId == guildId && p.Kind == kind && p.CreatedAtUtc >= sinceUtc, ct);

    public Task<bool> ExistsAsync(ulong guildId, PostKind kind, string periodKey, CancellationToken ct) =>
        db.ScheduledPosts.AnyAsync(p => p.GuildId == guildId && p.Kind == kind && p.PeriodKey == periodKey, ct);

    public async Task<IReadOnlyList<StoredMessage>?> FindMessagesAsync(ulong guildId, PostKind kind, string periodKey, CancellationToken ct)
    {
        var postId = await db.ScheduledPosts.Where(p => p.GuildId == guildId && p.Kind == kind && p.PeriodKey == periodKey)
            .Select(p => (long?)p.Id).SingleOrDefaultAsync(ct);
        if (postId is null)
        {
            return null;
        }

        return await db.Outbox.AsNoTracking().Where(o => o.ScheduledPostId == postId && o.ChannelId != null)
            .OrderBy(o => o.Id).Select(o => new StoredMessage(o.PayloadJson, o.Status)).ToListAsync(ct);
    }

    public void Add(ScheduledPost post, IReadOnlyList<OutboxMessage> messages)
    {
        // A temporary key links the outbox rows to the post without a navigation, so EF inserts the
        // post first and fills in its real id in the same SaveChanges (one transaction).
        var id = _nextTemporaryId--;
        post.Id = id;
        db.ScheduledPosts.Add(post).Property(p => p.Id).IsTemporary = true;
        foreach (var message in messages)
        {
            message.ScheduledPostId = id;
            db.Outbox.Add(message);
        }
    }

    public async Task<bool> TrySaveNewAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        // The (server, kind, period) key or a delivery key is already taken, on either provider.
        catch (DbUpdateException ex) when (InsertOnce.IsUniqueViolation(ex))
        {
            // Already posted: nothing was written (SaveChanges is one transaction); forget this attempt.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
