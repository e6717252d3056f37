using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;

namespace RunWell.Domain.Nudges;

/// <summary>What one sweep did, for logs (counts only: who was nudged is nobody else's business).</summary>
public sealed record NudgeSweepResult(int Clubs, int Nudged);

/// <summary>
/// Runs every few minutes: nudges each member who is due now in their own zone. Each nudge is a
/// <see cref="ScheduledPost"/> keyed by the member's local date, so a repeated sweep, a restart or a
/// clock change cannot nudge twice on a day; a sweep after downtime still nudges the same local day.
/// </summary>
public sealed class NudgeSweep(
    IClubStore clubs,
    INudgeStore nudges,
    IPostStore posts,
    PostRecorder recorder,
    IOutboxSignal signal,
    TimeProvider time)
{
    /// <summary>Servers whose candidates are read in one statement: a sweep of 2,000 servers makes ten.</summary>
    public const int ServersPerRead = 200;

    public async Task<NudgeSweepResult> SweepAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var active = await clubs.ListActiveAsync(ct);
        var nudged = 0;
        foreach (var servers in active.Chunk(ServersPerRead))
        {
            nudged += await SweepServersAsync(servers, now, ct);
        }

        if (nudged > 0)
        {
            await signal.NewMessagesSavedAsync(ct);
        }

        return new NudgeSweepResult(active.Count, nudged);
    }

    /// <summary>Who would be nudged in this club right now (for the admin preview): a count, no names.</summary>
    public async Task<int> CountDueAsync(Club club, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = 0;
        foreach (var (member, lastActivity) in await nudges.ListCandidatesAsync(club.GuildId, now, ct))
        {
            if (NudgePolicy.DueOn(member, lastActivity, MembershipService.ZoneOf(member, club), club.NudgeTime, now) is { } day
                && !await posts.ExistsAsync(club.GuildId, PostKind.Nudge, NudgePolicy.PeriodKey(day, member.UserId), ct))
            {
                due++;
            }
        }

        return due;
    }

    /// <summary>
    /// The candidates of a batch of servers in one read. A conflict while saving discards every tracked
    /// member, the batch's other servers' too, so the servers after it are read again rather than worked
    /// on through rows that would no longer be saved.
    /// </summary>
    private async Task<int> SweepServersAsync(Club[] servers, DateTime now, CancellationToken ct)
    {
        var nudged = 0;
        var start = 0;
        while (start < servers.Length)
        {
            var candidates = (await nudges.ListCandidatesAsync([.. servers[start..].Select(c => c.GuildId)], now, ct)).ToLookup(c => c.Member.GuildId);
            var resumeAt = servers.Length;
            for (var i = start; i < servers.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                var (count, conflicted) = await SweepClubAsync(servers[i], candidates[servers[i].GuildId], now, ct);
                nudged += count;
                if (conflicted)
                {
                    resumeAt = i + 1;
                    break;
                }
            }

            start = resumeAt;
        }

        return nudged;
    }

    private async Task<(int Nudged, bool Conflicted)> SweepClubAsync(Club club, IEnumerable<NudgeCandidate> candidates, DateTime now, CancellationToken ct)
    {
        var nudged = 0;
        foreach (var (member, lastActivity) in candidates)
        {
            if (NudgePolicy.DueOn(member, lastActivity, MembershipService.ZoneOf(member, club), club.NudgeTime, now) is not { } day)
            {
                continue;
            }

            var key = NudgePolicy.PeriodKey(day, member.UserId);
            if (await posts.ExistsAsync(club.GuildId, PostKind.Nudge, key, ct))
            {
                continue;
            }

            var dm = new NudgeDirect(club.GuildId, member.UserId, day, club.SupportText);
            // Public only with the member's consent: without it, closed DMs mean no nudge at all.
            var fallback = club.ChannelId is null || member.NudgeIfDmsClosed != NudgeFallback.MentionInChannel
                ? null
                : new NudgeChannelFallback(member.UserId);
            recorder.Add(club.GuildId, PostKind.Nudge, key, [OutboundDraft.ToMember(member.UserId, dm, member.Language ?? club.Language, fallback, club.Language)]);

            member.LastNudgeAtUtc = now;
            nudges.AddLog(new NudgeLog
            {
                GuildId = club.GuildId,
                UserId = member.UserId,
                SentAtUtc = now,
                LocalDate = day,
                // Where it really went is known only once the delivery worker has tried.
                Delivery = NudgeDelivery.Pending,
            });

            if (!await posts.TrySaveNewAsync(ct))
            {
                // Someone else recorded it first; the tracked members were discarded, so leave this
                // club to the next sweep rather than work on stale rows.
                return (nudged, true);
            }

            nudged++;
        }

        return (nudged, false);
    }
}
