using RunWell.Domain.Ports;

namespace RunWell.Domain.Posts;

/// <summary>
/// Turns drafted facts (worded by the presenter) into one post record plus its outbox rows, in the caller's unit of work.
/// Shared by the group-post publisher and the nudge sweep so both keep the same once-only shape.
/// </summary>
public sealed class PostRecorder(IPostStore posts, IPostPresenter presenter, TimeProvider time)
{
    /// <summary>Adds the post and its outbox rows; the caller saves with <see cref="IPostStore.TrySaveNewAsync"/>.</summary>
    public ScheduledPost Add(ulong guildId, PostKind kind, string periodKey, IReadOnlyList<OutboundDraft> drafts)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var post = new ScheduledPost { GuildId = guildId, Kind = kind, PeriodKey = periodKey, CreatedAtUtc = now };
        var rows = drafts.Select((draft, index) => new OutboxMessage
        {
            GuildId = guildId,
            Kind = kind,
            ChannelId = draft.ChannelId,
            DirectMessageUserId = draft.DirectMessageUserId,
            PayloadJson = OutboxPayload.Serialize(presenter.Present(draft.Facts, draft.Language)),
            FallbackPayloadJson = draft.Fallback is null ? null : OutboxPayload.Serialize(presenter.Present(draft.Fallback, draft.FallbackLanguage)),
            DeliveryKey = DeliveryKeys.For(guildId, kind, periodKey, index),
            Status = OutboxStatus.Pending,
            NextAttemptAtUtc = now,
            CreatedAtUtc = now,
        }).ToList();

        posts.Add(post, rows);
        return post;
    }
}
