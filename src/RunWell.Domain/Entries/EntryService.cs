using RunWell.Domain.Care;
using RunWell.Domain.Members;
using RunWell.Domain.Milestones;
using RunWell.Domain.Ports;
using RunWell.Domain.Text;
using RunWell.Domain.Time;

namespace RunWell.Domain.Entries;

/// <summary>Logging check-ins and runs: the member's core loop, used by /checkin and /run log.</summary>
public sealed class EntryService(
    MembershipService membership,
    IEntryStore entries,
    MilestoneService milestones,
    TimeProvider time)
{
    public async Task<Outcome<CheckInLogged>> LogCheckInAsync(LogCheckInRequest request, CancellationToken ct)
    {
        if (EntryValidation.CheckIn(request) is { } invalid)
        {
            return Outcome.Fail<CheckInLogged>(invalid);
        }

        var context = await membership.EnsureForEntryAsync(request.Who, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var when = WhenParser.Parse(request.When, now, context.Zone);
        if (!when.Ok)
        {
            // A replay is answered as its first delivery was, even if its "when" no longer parses against now.
            return request.SourceId is not null && await entries.FindCheckInBySourceAsync(request.Who.GuildId, request.Who.UserId, request.SourceId, ct) is { } replayed
                ? new CheckInLogged(replayed, Notes(context, duplicate: true, firstEntry: false, care: false))
                : Outcome.Fail<CheckInLogged>(when.Error!);
        }

        var at = when.Utc!.Value;
        var local = LocalClock.ToLocal(at, context.Zone);
        var checkIn = new CheckIn
        {
            GuildId = request.Who.GuildId,
            UserId = request.Who.UserId,
            AtUtc = at,
            LocalDate = DateOnly.FromDateTime(local),
            LocalTime = TimeOnly.FromDateTime(local),
            Mood = request.Mood,
            Stress = request.Stress,
            Energy = request.Energy,
            Sleep = request.Sleep,
            Concern = Clean(request.Concern, keepNewlines: false),
            SourceId = request.SourceId,
            CreatedAtUtc = now,
        };

        // Saved first and recognised as a replay by its source id's unique index: one statement fewer
        // on every entry than asking beforehand, for a case that is rare.
        var first = FirstEntryMark.Apply(membership, context.Member, now);
        if (await entries.SaveNewCheckInAsync(checkIn, ct) is { } existing)
        {
            first.Undo();
            return new CheckInLogged(existing, Notes(context, duplicate: true, firstEntry: false, care: false));
        }

        var care = CarePolicy.ShouldSignpost(request.Mood, request.Stress);
        return new CheckInLogged(checkIn, Notes(context, duplicate: false, first.FirstEntry, care));
    }

    public async Task<Outcome<RunLogged>> LogRunAsync(LogRunRequest request, CancellationToken ct)
    {
        if (EntryValidation.Run(request) is { } invalid)
        {
            return Outcome.Fail<RunLogged>(invalid);
        }

        var context = await membership.EnsureForEntryAsync(request.Who, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var when = WhenParser.Parse(request.When, now, context.Zone);
        if (!when.Ok)
        {
            // As for check-ins: a replay gets its first answer whatever its "when" says now.
            return request.SourceId is not null && await entries.FindRunBySourceAsync(request.Who.GuildId, request.Who.UserId, request.SourceId, ct) is { } replayed
                ? await ReplayedAsync(replayed, context, ct)
                : Outcome.Fail<RunLogged>(when.Error!);
        }

        var at = when.Utc!.Value;
        var before = await entries.FindLatestCheckInAsync(
            request.Who.GuildId, request.Who.UserId, at - EntryLimits.BeforeWindow, at, ct);
        var local = LocalClock.ToLocal(at, context.Zone);
        var run = new RunLog
        {
            GuildId = request.Who.GuildId,
            UserId = request.Who.UserId,
            AtUtc = at,
            LocalDate = DateOnly.FromDateTime(local),
            LocalTime = TimeOnly.FromDateTime(local),
            Minutes = request.Minutes,
            Kind = request.Kind,
            MoodAfter = request.Mood,
            StressAfter = request.Stress,
            EnergyAfter = request.Energy,
            Helped = request.Helped,
            Note = Clean(request.Note, keepNewlines: true),
            DistanceKm = request.DistanceKm,
            BeforeCheckInId = before?.Id,
            SourceId = request.SourceId,
            CreatedAtUtc = now,
        };
        var first = FirstEntryMark.Apply(membership, context.Member, now);
        if (await entries.SaveNewRunAsync(run, ct) is { } existing)
        {
            first.Undo();
            return await ReplayedAsync(existing, context, ct);
        }

        var reached = await milestones.AfterRunAsync(context, ct);
        var care = CarePolicy.ShouldSignpost(request.Mood, request.Stress);
        return new RunLogged(run, before, Notes(context, duplicate: false, first.FirstEntry, care)) { Milestones = reached };
    }

    /// <summary>The answer to a replayed run: the stored run with its own "before", and no milestones (they were said the first time).</summary>
    private async Task<RunLogged> ReplayedAsync(RunLog existing, MemberContext context, CancellationToken ct)
    {
        var earlier = existing.BeforeCheckInId is { } id ? await entries.FindCheckInAsync(id, ct) : null;
        return new RunLogged(existing, earlier, Notes(context, duplicate: true, firstEntry: false, care: false));
    }

    /// <summary>
    /// Whether this is the member's first entry ever (the one-time privacy notice goes with it), marked
    /// on the member once; undone when the entry turns out to be a replay and nothing was saved. Nothing
    /// else about the member changes with an entry (see <see cref="LastActivity"/>), so every later
    /// entry is saved as its INSERT alone.
    /// </summary>
    private readonly record struct FirstEntryMark(Member Member, DateTime? PrivacyNoticeShownAtUtc)
    {
        public bool FirstEntry => PrivacyNoticeShownAtUtc is null;

        public static FirstEntryMark Apply(MembershipService membership, Member member, DateTime nowUtc)
        {
            var mark = new FirstEntryMark(member, member.PrivacyNoticeShownAtUtc);
            if (mark.FirstEntry)
            {
                // Read untracked (EnsureForEntryAsync): without this the mark would never be saved.
                membership.Track(member);
                member.PrivacyNoticeShownAtUtc = nowUtc;
            }

            return mark;
        }

        public void Undo() => Member.PrivacyNoticeShownAtUtc = PrivacyNoticeShownAtUtc;
    }

    private static EntryNotes Notes(MemberContext context, bool duplicate, bool firstEntry, bool care) =>
        new(duplicate, firstEntry, care, context.SupportText);

    /// <summary>Control characters dropped (newlines kept in notes), emoji sequences kept: see <see cref="TypedText"/>.</summary>
    private static string? Clean(string? text, bool keepNewlines) =>
        string.IsNullOrWhiteSpace(text) ? null : TypedText.Clean(text, keepNewlines).Trim() is { Length: > 0 } clean ? clean : null;
}
