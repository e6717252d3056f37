using RunWell.Domain.Ports;

namespace RunWell.Domain.Posts;

/// <summary>
/// The one place a group post becomes real: asks the producer of that kind for a draft, then records
/// the post and its outbox rows together with whatever the producer added, in one SaveChanges.
/// A second publish of the same period finds the unique key taken and changes nothing.
/// </summary>
public sealed class GroupPostPublisher(
    IClubStore clubs,
    IEnumerable<IGroupPostProducer> producers,
    IPostStore posts,
    PostRecorder recorder,
    IOutboxSignal signal)
{
    public async Task<PublishResult> PublishAsync(ulong guildId, PostKind kind, DateTime slotUtc, CancellationToken ct)
    {
        var club = await clubs.FindAsync(guildId, ct);
        if (club is null || club.RemovedAtUtc is not null)
        {
            return PublishResult.ClubGone;
        }

        if (club.ChannelId is null)
        {
            return PublishResult.NoChannel;
        }

        // Last registration wins, as everywhere in DI: a later registration replaces a default producer.
        var producer = producers.LastOrDefault(p => p.Kind == kind);
        if (producer is null)
        {
            return PublishResult.NoProducer;
        }

        // Cheap early exit for a repeat firing; the unique key below is what actually guarantees once-only.
        if (await posts.HasPostSinceAsync(guildId, kind, slotUtc, ct))
        {
            return PublishResult.AlreadyPosted;
        }

        var draft = await producer.DraftAsync(club, slotUtc, ct);
        if (draft.Messages.Count == 0)
        {
            return PublishResult.NothingToPost;
        }

        if (await posts.ExistsAsync(guildId, kind, draft.PeriodKey, ct))
        {
            return PublishResult.AlreadyPosted;
        }

        recorder.Add(guildId, kind, draft.PeriodKey, draft.Messages);
        if (!await posts.TrySaveNewAsync(ct))
        {
            return PublishResult.AlreadyPosted;
        }

        await signal.NewMessagesSavedAsync(ct);
        return PublishResult.Posted;
    }
}
