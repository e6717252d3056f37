using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;
using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Scheduling.Tests.Support;

/// <summary>Stands in for the buddies producers (built elsewhere): one channel post per week, about members 1 and 2.</summary>
public sealed class FixedProducer(PostKind kind) : IGroupPostProducer
{
    public PostKind Kind => kind;

    /// <summary>How the presented post begins, so a test can tell the kinds apart.</summary>
    public static string Opening(PostKind kind) => kind == PostKind.BuddyCheckIn ? "👋" : "🤝";

    public Task<GroupPostDraft> DraftAsync(Club club, DateTime slotUtc, CancellationToken ct) =>
        Task.FromResult(new GroupPostDraft(
            WeekWindow.Containing(slotUtc, TimeZones.FindOrUtc(club.TimeZoneId)).Key,
            [OutboundDraft.ToChannel(club.ChannelId ?? 0, Facts(), club.Language)]));

    private PostFacts Facts() => kind == PostKind.BuddyCheckIn
        ? new BuddyCheckInPost(1, [1, 2])
        : new PairingPost([[1, 2]], null, SomeoneAlone: false);
}
