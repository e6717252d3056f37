using RunWell.Domain.Members;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Domain.Rhythm;
using RunWell.Domain.Text;
using RunWell.Domain.Time;

namespace RunWell.Domain.Clubs;

/// <summary>What /runwell setup saved, and when each post now goes out.</summary>
public sealed record ClubSetupResult(Club Club, IReadOnlyList<UpcomingSlot> Upcoming);

/// <summary>
/// The admin settings: channel, zone and slots, support text, retention. Every value is checked
/// here as well as in the catalog, because the console and replayed interactions bypass Discord's checks.
/// </summary>
public sealed class ClubSettingsService(
    MembershipService membership,
    IUnitOfWork unitOfWork,
    IClubScheduleChanged scheduleNotifier,
    TimeProvider time)
{
    public async Task<Outcome<ClubSetupResult>> SetupAsync(ClubSetupRequest request, CancellationToken ct)
    {
        TimeZoneInfo? zone = null;
        if (request.TimeZoneId is not null && !TimeZones.TryFind(request.TimeZoneId, out zone))
        {
            return Outcome.Fail<ClubSetupResult>(TimeZones.Unknown("timezone", request.TimeZoneId));
        }

        var times = new (string Option, string? Text)[]
        {
            ("summary_time", request.SummaryTime), ("pairing_time", request.PairingTime),
            ("checkin_time", request.CheckInTime), ("nudge_time", request.NudgeTime),
        };
        foreach (var (option, text) in times)
        {
            if (text is not null && !SlotText.TryParseTime(text, out _))
            {
                return Outcome.Fail<ClubSetupResult>(SlotText.BadTime(option, text));
            }
        }

        if (Parsed(request.NudgeTime) is { } nudge && NudgePolicy.IsQuiet(nudge))
        {
            return Outcome.Fail<ClubSetupResult>(new Problem(ProblemKind.NudgeTimeQuiet, "nudge_time",
                nudge, NudgePolicy.QuietFrom, NudgePolicy.QuietUntil, NudgePolicy.QuietFrom.AddMinutes(-1)));
        }

        var club = await membership.EnsureClubAsync(request.GuildId, request.GuildName, ct, request.ServerLanguage);
        if (club.ChannelId is null && (request.ChannelId is null || zone is null))
        {
            // The first setup decides where posts go and whose clock they follow: both must be said once.
            return Outcome.Fail<ClubSetupResult>(new Problem(ProblemKind.FirstSetupIncomplete, null, request.ChannelId is null, zone is null));
        }

        club.ChannelId = request.ChannelId ?? club.ChannelId;
        club.TimeZoneId = zone?.Id ?? club.TimeZoneId;
        club.SummaryDay = request.SummaryDay ?? club.SummaryDay;
        club.SummaryTime = Parsed(request.SummaryTime) ?? club.SummaryTime;
        club.PairingDay = request.PairingDay ?? club.PairingDay;
        club.PairingTime = Parsed(request.PairingTime) ?? club.PairingTime;
        club.CheckInDay = request.CheckInDay ?? club.CheckInDay;
        club.CheckInTime = Parsed(request.CheckInTime) ?? club.CheckInTime;
        club.NudgeTime = Parsed(request.NudgeTime) ?? club.NudgeTime;
        club.GroupRunsAdminsOnly = request.GroupRunsAdminsOnly ?? club.GroupRunsAdminsOnly;
        await unitOfWork.SaveChangesAsync(ct);

        // After the save, so the scheduler reads the new slots.
        await scheduleNotifier.ClubScheduleChangedAsync(club.GuildId, ct);
        return new ClubSetupResult(club, ClubTimetable.Next(club, time.GetUtcNow().UtcDateTime));
    }

    public async Task<Outcome<Club>> SetSupportTextAsync(ulong guildId, string? guildName, string? text, CancellationToken ct)
    {
        // Stored as the plain text everyone will read: no controls, bidi tricks, masked links or mentions.
        var clean = TypedText.PlainSupportText(text ?? "").Trim();
        if (clean.Length == 0 || clean.Length > ClubDefaults.SupportTextMaxLength)
        {
            return Outcome.Fail<Club>(new Problem(ProblemKind.LengthOutOfRange, "text", 1, ClubDefaults.SupportTextMaxLength, clean.Length));
        }

        var club = await membership.EnsureClubAsync(guildId, guildName, ct);
        club.SupportText = clean;
        await unitOfWork.SaveChangesAsync(ct);
        return club;
    }

    public async Task<Outcome<Club>> SetRetentionAsync(ulong guildId, string? guildName, int days, CancellationToken ct)
    {
        if (days is < ClubDefaults.MinRetentionDays or > ClubDefaults.MaxRetentionDays)
        {
            return Outcome.Fail<Club>(new Problem(ProblemKind.OutOfRange, "days", ClubDefaults.MinRetentionDays, ClubDefaults.MaxRetentionDays, days));
        }

        var club = await membership.EnsureClubAsync(guildId, guildName, ct);
        club.RetentionDays = days;
        await unitOfWork.SaveChangesAsync(ct);
        return club;
    }

    private static TimeOnly? Parsed(string? text) => SlotText.TryParseTime(text, out var parsed) ? parsed : null;
}
