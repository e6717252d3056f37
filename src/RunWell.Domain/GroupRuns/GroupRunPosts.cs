using System.Globalization;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;

namespace RunWell.Domain.GroupRuns;

/// <summary>
/// What the command and the jobs share: the run's view, its Discord event and its announcement. Every
/// post is recorded under the run's unique key, so whichever path gets there first posts, once.
/// </summary>
public sealed class GroupRunPosts(
    IGroupRunStore store,
    IGroupRunPlatform platform,
    IGroupRunCopy copy,
    IPostStore posts,
    PostRecorder recorder,
    IOutboxSignal signal,
    IUnitOfWork unitOfWork,
    IClubStore clubs,
    IMemberStore members)
{
    public static string Key(long runId) => "run:" + runId.ToString(CultureInfo.InvariantCulture);

    public async Task<GroupRunView> ViewAsync(GroupRun run, CancellationToken ct)
    {
        var rsvps = await store.ListRsvpsAsync(run.Id, ct);
        return new GroupRunView(
            run,
            [.. rsvps.Where(r => r.Answer == RsvpAnswer.Going).OrderBy(r => r.UpdatedAtUtc).Select(r => r.UserId)],
            rsvps.Count(r => r.Answer == RsvpAnswer.CantMake),
            rsvps.Count(r => r.Interested));
    }

    /// <summary>Creates the platform's event for a run that has none yet, and remembers how it went.</summary>
    public async Task EnsureEventAsync(GroupRun run, ulong? botPermissions, CancellationToken ct)
    {
        if (run.EventState != GroupRunEventState.Pending)
        {
            return;
        }

        var draft = new GroupRunEventDraft(run.GuildId, copy.EventName(run), copy.EventDescription(run), run.Location, run.StartUtc, run.EndUtc);
        var result = await platform.CreateEventAsync(draft, botPermissions, ct);
        run.EventState = result.State;
        run.EventId = result.EventId;
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>Records the announcement in the outbox unless it already is (a restart, a second node).</summary>
    public async Task EnsureAnnouncementAsync(GroupRun run, CancellationToken ct)
    {
        if (await posts.ExistsAsync(run.GuildId, PostKind.GroupRunAnnouncement, Key(run.Id), ct))
        {
            return;
        }

        var view = await ViewAsync(run, ct);
        await RecordAsync(run.GuildId, PostKind.GroupRunAnnouncement, run.Id, [await ToChannelAsync(run, new GroupRunAnnouncementPost(view), ct)], ct);
    }

    /// <summary>A post for the run's channel, in the server's language.</summary>
    public async Task<OutboundDraft> ToChannelAsync(GroupRun run, PostFacts facts, CancellationToken ct) =>
        OutboundDraft.ToChannel(run.ChannelId, facts, (await clubs.FindAsync(run.GuildId, ct))?.Language);

    /// <summary>A DM in the member's own language; a member who closed DMs is simply skipped (no channel fallback).</summary>
    public async Task<OutboundDraft> ToMemberAsync(GroupRun run, ulong userId, PostFacts facts, CancellationToken ct) =>
        OutboundDraft.ToMember(userId, facts, (await members.FindAsync(run.GuildId, userId, ct))?.Language, fallback: null, fallbackLanguage: null);

    /// <summary>Records a post of the run and wakes the sender; false when it was recorded before.</summary>
    public async Task<bool> RecordAsync(ulong guildId, PostKind kind, long runId, IReadOnlyList<OutboundDraft> drafts, CancellationToken ct)
    {
        recorder.Add(guildId, kind, Key(runId), drafts);
        if (!await posts.TrySaveNewAsync(ct))
        {
            return false;
        }

        await signal.NewMessagesSavedAsync(ct);
        return true;
    }

    public string? EventLink(GroupRun run) => run.EventId is { } id ? platform.EventLink(run.GuildId, id) : null;
}
