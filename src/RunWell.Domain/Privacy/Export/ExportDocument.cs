using System.Globalization;
using RunWell.Domain.Buddies;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;

namespace RunWell.Domain.Privacy.Export;

/// <summary>
/// The JSON export, format <c>runwell-export</c> version 1. The shape is a promise to members and
/// their tools: add fields freely, but rename or remove one only with a new <see cref="Version"/>.
/// Documented in <c>src/RunWell.Domain/Privacy/Export/EXPORT-FORMAT.md</c>. Snowflakes are strings
/// (JavaScript loses precision above 2^53); instants are UTC ISO-8601; enums are kebab-case words.
/// </summary>
public sealed record ExportDocument(
    string Format,
    int Version,
    DateTime ExportedAtUtc,
    ExportServer Server,
    ExportProfile? Profile,
    IReadOnlyList<ExportPause> Pauses,
    IReadOnlyList<ExportCheckIn> CheckIns,
    IReadOnlyList<ExportRun> Runs,
    IReadOnlyList<ExportBuddyWeek> BuddyHistory,
    IReadOnlyList<ExportBuddyAnswer> BuddyAnswers,
    IReadOnlyList<ExportNudge> Nudges,
    IReadOnlyList<string> Notes)
{
    public const string FormatName = "runwell-export";
    public const int CurrentVersion = 1;

    public static ExportDocument From(MemberData data, ulong guildId, string serverName, DateTime exportedAtUtc) => new(
        FormatName,
        CurrentVersion,
        exportedAtUtc,
        new ExportServer(Id(guildId), serverName),
        data.Member is { } m ? ExportProfile.From(m) : null,
        [.. data.Pauses.Select(p => new ExportPause(p.Id, p.StartUtc, p.EndUtc, p.Reason))],
        [.. data.CheckIns.Select(ExportCheckIn.From)],
        [.. data.Runs.Select(ExportRun.From)],
        [.. data.BuddyHistory.Select(s => new ExportBuddyWeek(s.GroupId, s.WeekStart, [.. s.PartnerUserIds.Select(p => p is { } id ? Id(id) : null)]))],
        [.. data.BuddyAnswers.Select(a => new ExportBuddyAnswer(a.Id, a.GroupId, a.Answer, a.AnsweredAtUtc))],
        [.. data.Nudges.Select(n => new ExportNudge(n.Id, n.SentAtUtc, n.LocalDate, n.Delivery))],
        []);

    internal static string Id(ulong snowflake) => snowflake.ToString(CultureInfo.InvariantCulture);
}

public sealed record ExportServer(string Id, string Name);

/// <summary>The member row: settings and opt-ins.</summary>
public sealed record ExportProfile(
    string UserId,
    string DisplayName,
    string? TimeZone,
    bool BuddyOptIn,
    bool NudgeOptIn,
    int NudgeAfterDays,
    DateTime? NudgeSnoozedUntilUtc,
    DateTime? LastNudgeAtUtc,
    DateTime? LastActivityAtUtc,
    DateTime? PrivacyNoticeShownAtUtc,
    DateTime CreatedAtUtc,
    string? Language)
{
    public static ExportProfile From(Member m) => new(
        ExportDocument.Id(m.UserId), m.DisplayName, m.TimeZoneId, m.BuddyOptIn, m.NudgeOptIn, m.NudgeAfterDays,
        m.NudgeSnoozedUntilUtc, m.LastNudgeAtUtc, m.LastActivityAtUtc, m.PrivacyNoticeShownAtUtc, m.CreatedAtUtc, m.Language);
}

public sealed record ExportPause(long Id, DateTime StartUtc, DateTime EndUtc, string? Reason);

public sealed record ExportCheckIn(
    long Id, DateTime AtUtc, DateOnly LocalDate, TimeOnly LocalTime,
    int Mood, int Stress, int Energy, int? Sleep, string? Concern, DateTime CreatedAtUtc)
{
    public static ExportCheckIn From(CheckIn c) =>
        new(c.Id, c.AtUtc, c.LocalDate, c.LocalTime, c.Mood, c.Stress, c.Energy, c.Sleep, c.Concern, c.CreatedAtUtc);
}

/// <param name="MoodAfter">After-ratings; the "before" is the check-in named by <paramref name="BeforeCheckInId"/>.</param>
public sealed record ExportRun(
    long Id, DateTime AtUtc, DateOnly LocalDate, TimeOnly LocalTime, int Minutes, RunKind Kind, bool MicroRun,
    int? MoodAfter, int? StressAfter, int? EnergyAfter, HelpedBy? Helped, string? Note, double? DistanceKm,
    long? BeforeCheckInId, DateTime CreatedAtUtc)
{
    public static ExportRun From(RunLog r) => new(
        r.Id, r.AtUtc, r.LocalDate, r.LocalTime, r.Minutes, r.Kind, r.IsMicroRun, r.MoodAfter, r.StressAfter, r.EnergyAfter,
        r.Helped, r.Note, r.DistanceKm, r.BeforeCheckInId, r.CreatedAtUtc);
}

/// <param name="PartnerUserIds">The other seats of the group; null where that partner deleted their data.</param>
public sealed record ExportBuddyWeek(long GroupId, DateOnly WeekStart, IReadOnlyList<string?> PartnerUserIds);

public sealed record ExportBuddyAnswer(long Id, long GroupId, BuddyAnswerKind Answer, DateTime AnsweredAtUtc);

public sealed record ExportNudge(long Id, DateTime SentAtUtc, DateOnly LocalDate, NudgeDelivery Delivery);
