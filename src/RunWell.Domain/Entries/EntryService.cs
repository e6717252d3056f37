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
    IUnitOfWork unitOfWork,
    MilestoneService milestones,
    TimeProvider time)
{
    public async Task<Outcome<CheckInLogged>> LogCheckInAsync(LogCheckInRequest request, CancellationToken ct)
    {
        if (EntryValidation.CheckIn(request) is { } invalid)
        {
            return Outcome.Fail<CheckInLogged>(invalid);
        }

        var context = await membership.EnsureAsync(request.Who, ct);
        if (request.SourceId is not null && await entries.FindCheckInBySourceAsync(request.Who.GuildId, request.Who.UserId, request.SourceId, ct) is { } existing)
        {
            return new CheckInLogged(existing, Notes(context, duplicate: true, firstEntry: false, care: false));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var when = WhenParser.Parse(request.When, now, context.Zone);
        if (!when.Ok)
        {
            return Outcome.Fail<CheckInLogged>(when.Error!);
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
        entries.AddCheckIn(checkIn);

        var firstEntry = MarkActivity(context.Member, at, now);
        await unitOfWork.SaveChangesAsync(ct);

        var care = CarePolicy.ShouldSignpost(request.Mood, request.Stress);
        return new CheckInLogged(checkIn, Notes(context, duplicate: false, firstEntry, care));
    }

    public async Task<Outcome<RunLogged>> LogRunAsync(LogRunRequest request, CancellationToken ct)
    {
        if (EntryValidation.Run(request) is { } invalid)
        {
            return Outcome.Fail<RunLogged>(invalid);
        }

        var context = await membership.EnsureAsync(request.Who, ct);
        if (request.SourceId is not null && await entries.FindRunBySourceAsync(request.Who.GuildId, request.Who.UserId, request.SourceId, ct) is { } existing)
        {
            var earlier = existing.BeforeCheckInId is { } id ? await entries.FindCheckInAsync(id, ct) : null;
            return new RunLogged(existing, earlier, Notes(context, duplicate: true, firstEntry: false, care: false));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var when = WhenParser.Parse(request.When, now, context.Zone);
        if (!when.Ok)
        {
            return Outcome.Fail<RunLogged>(when.Error!);
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
        entries.AddRun(run);

        var firstEntry = MarkActivity(context.Member, at, now);
        await unitOfWork.SaveChangesAsync(ct);

        var reached = await milestones.AfterRunAsync(context, ct);
        var care = CarePolicy.ShouldSignpost(request.Mood, request.Stress);
        return new RunLogged(run, before, Notes(context, duplicate: false, firstEntry, care)) { Milestones = reached };
    }

    /// <summary>Records activity for nudges; returns true when this is the member's first entry ever.</summary>
    private static bool MarkActivity(Member member, DateTime atUtc, DateTime nowUtc)
    {
        if (member.LastActivityAtUtc is null || member.LastActivityAtUtc < atUtc)
        {
            member.LastActivityAtUtc = atUtc;
        }

        if (member.PrivacyNoticeShownAtUtc is not null)
        {
            return false;
        }

        member.PrivacyNoticeShownAtUtc = nowUtc;
        return true;
    }

    private static EntryNotes Notes(MemberContext context, bool duplicate, bool firstEntry, bool care) =>
        new(duplicate, firstEntry, care, context.SupportText);

    /// <summary>Control characters dropped (newlines kept in notes), emoji sequences kept: see <see cref="TypedText"/>.</summary>
    private static string? Clean(string? text, bool keepNewlines) =>
        string.IsNullOrWhiteSpace(text) ? null : TypedText.Clean(text, keepNewlines).Trim() is { Length: > 0 } clean ? clean : null;
}
