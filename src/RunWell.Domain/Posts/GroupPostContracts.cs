using RunWell.Domain.Clubs;

namespace RunWell.Domain.Posts;

/// <summary>Where one drafted message goes: the club channel, or a DM to a member who asked for DMs.</summary>
/// <param name="Facts">What the message is about; the presenter writes it.</param>
/// <param name="Fallback">For a DM: what to post in the club channel instead when DMs are closed (null = skip).</param>
/// <param name="Language">The reader's language: the server's for the channel, the member's for a DM (null = default).</param>
/// <param name="FallbackLanguage">The channel's language, for the fallback.</param>
public sealed record OutboundDraft(
    ulong? ChannelId,
    ulong? DirectMessageUserId,
    PostFacts Facts,
    PostFacts? Fallback = null,
    string? Language = null,
    string? FallbackLanguage = null)
{
    public static OutboundDraft ToChannel(ulong channelId, PostFacts facts, string? language) => new(channelId, null, facts, Language: language);

    public static OutboundDraft ToMember(ulong userId, PostFacts facts, string? language, PostFacts? fallback, string? fallbackLanguage) =>
        new(null, userId, facts, fallback, language, fallbackLanguage);
}

/// <summary>What a group post would say for one period; nothing is sent or saved by drafting.</summary>
/// <param name="PeriodKey">Unique per (server, kind): e.g. the ISO week "2026-W48".</param>
/// <param name="Messages">Empty when there is nothing worth posting (e.g. nobody to pair).</param>
public sealed record GroupPostDraft(string PeriodKey, IReadOnlyList<OutboundDraft> Messages);

/// <summary>
/// Writes one kind of group post (weekly summary, buddy pairing, buddy check-in). Drafting may add
/// rows to the unit of work (e.g. the week's buddy groups) but never saves: the publisher saves them
/// together with the post record and its outbox rows, or not at all. A preview simply never saves.
/// </summary>
public interface IGroupPostProducer
{
    PostKind Kind { get; }

    /// <param name="slotUtc">The slot this post belongs to (its scheduled instant), in UTC.</param>
    Task<GroupPostDraft> DraftAsync(Club club, DateTime slotUtc, CancellationToken ct);

    /// <summary>
    /// What the next post would say right now, for the admin preview. A post whose window is still open
    /// (the weekly summary) overrides this so the preview never shows what only a completed window may.
    /// </summary>
    Task<GroupPostDraft> DraftPreviewAsync(Club club, DateTime nowUtc, CancellationToken ct) => DraftAsync(club, nowUtc, ct);
}
