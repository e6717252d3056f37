using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.Domain.Time;

namespace RunWell.Scheduling.Tests.Support;

/// <summary>Stands in for the buddies producers (built elsewhere): one channel message per week.</summary>
public sealed class FixedProducer(PostKind kind) : IGroupPostProducer
{
    public PostKind Kind => kind;

    public Task<GroupPostDraft> DraftAsync(Club club, DateTime slotUtc, CancellationToken ct) =>
        Task.FromResult(new GroupPostDraft(
            WeekWindow.Containing(slotUtc, TimeZones.FindOrUtc(club.TimeZoneId)).Key,
            [OutboundDraft.ToChannel(club.ChannelId ?? 0, new Message($"{kind} for {slotUtc:u}"))]));
}
