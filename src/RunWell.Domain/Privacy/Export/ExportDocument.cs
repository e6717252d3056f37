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
    /// <summary>The member's gentle plan; null when they have none.</summary>
    public ExportPlan? Plan { get; init; }

    public IReadOnlyList<ExportPlanReminder> PlanReminders { get; init; } = [];

    public IReadOnlyList<ExportMilestone> Milestones { get; init; } = [];

    /// <summary>The member's answers to group runs, with each run's time and meeting point.</summary>
    public IReadOnlyList<ExportGroupRunAnswer> GroupRunAnswers { get; init; } = [];

    /// <summary>Group runs the member planned.</summary>
    public IReadOnlyList<ExportGroupRun> GroupRunsPlanned { get; init; } = [];

    public const string FormatName = "runwell-export";
    public const int CurrentVersion = 1;

    public static ExportDocument From(MemberData data, ulong guildId, string serverName, DateTime exportedAtUtc) => new(
        FormatName,
        CurrentVersion,
        exportedAtUtc,
        new ExportServer(Id(guildId), serverName),
        data.Member is { } m ? ExportProfile.From(m, LastActivity.Of(data.CheckIns, data.Runs, data.BuddyAnswers)) : null,
        [.. data.Pauses.Select(p => new ExportPause(p.Id, p.StartUtc, p.EndUtc, p.Reason) { KeepSlots = p.KeepSlots })],
        [.. data.CheckIns.Select(ExportCheckIn.From)],
        [.. data.Runs.Select(ExportRun.From)],
        [.. data.BuddyHistory.Select(s => new ExportBuddyWeek(s.GroupId, s.WeekStart, [.. s.PartnerUserIds.Select(p => p is { } id ? Id(id) : null)]))],
        [.. data.BuddyAnswers.Select(a => new ExportBuddyAnswer(a.Id, a.GroupId, a.Answer, a.AnsweredAtUtc))],
        [.. data.Nudges.Select(n => new ExportNudge(n.Id, n.SentAtUtc, n.LocalDate, n.Delivery))],
        [])
    {
        Plan = data.Member is { PlanSlots: not null } p ? ExportPlan.From(p) : null,
        PlanReminders = [.. data.PlanReminders.Select(r => new ExportPlanReminder(r.Id, r.SlotDate, r.SlotUtc, r.Minutes, r.EveningBefore, r.CreatedAtUtc, r.Answer, r.AnsweredAtUtc, r.RunId))],
        Milestones = [.. data.Milestones.Select(m => new ExportMilestone(m.Id, m.Kind, m.Count, m.ReachedAtUtc))],
        GroupRunAnswers = [.. data.GroupRunAnswers.Select(a => new ExportGroupRunAnswer(
            a.Rsvp.GroupRunId, a.RunStartUtc, a.RunLocation, a.Rsvp.Answer, a.Rsvp.Interested, a.Rsvp.UpdatedAtUtc))],
        GroupRunsPlanned = [.. data.GroupRunsCreated.Select(r => new ExportGroupRun(
            r.Id, r.StartUtc, r.Minutes, r.TimeZoneId, r.Location, r.Note, r.Weekly, r.Status, r.CreatedAtUtc))],
    };

    internal static string Id(ulong snowflake) => snowflake.ToString(CultureInfo.InvariantCulture);
}

public sealed record ExportServer(string Id, string Name);

/// <summary>The member row: settings and opt-ins.</summary>
/// <param name="LastActivityAtUtc">
/// Computed at export time from the rows in this document (<see cref="LastActivity"/>); the member row
/// no longer stores it, but the field keeps its name and meaning.
/// </param>
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
    NudgeFallback NudgeIfDmsClosed,
    bool HiddenFromShoutOut,
    string? Language)
{
    public bool CelebrateMilestones { get; init; }

    /// <summary>True after <c>/grouprun reminders setting:off</c>.</summary>
    public bool GroupRunRemindersOff { get; init; }

    public static ExportProfile From(Member m, DateTime? lastActivityAtUtc) => new(
        ExportDocument.Id(m.UserId), m.DisplayName, m.TimeZoneId, m.BuddyOptIn, m.NudgeOptIn, m.NudgeAfterDays,
        m.NudgeSnoozedUntilUtc, m.LastNudgeAtUtc, lastActivityAtUtc, m.PrivacyNoticeShownAtUtc, m.CreatedAtUtc,
        m.NudgeIfDmsClosed, m.HiddenFromShoutOut, m.Language)
    {
        CelebrateMilestones = m.CelebrateMilestones,
        GroupRunRemindersOff = m.GroupRunRemindersOff,
    };
}

/// <param name="Slots">Each anchor slot as "Tuesday 07:00", in the member's zone.</param>
public sealed record ExportPlan(IReadOnlyList<string> Slots, int Minutes, bool Reminders, bool EveningBefore)
{
    public static ExportPlan From(Member m) => new(
        [.. Plans.PlanSlotsText.Decode(m.PlanSlots).Select(s => Plans.PlanSlotsText.Encode([s]))], m.PlanMinutes, m.PlanReminders, m.PlanEveningBefore);
}

public sealed record ExportPlanReminder(
    long Id, DateOnly SlotDate, DateTime SlotUtc, int Minutes, bool EveningBefore, DateTime CreatedAtUtc, Plans.PlanAnswer Answer, DateTime? AnsweredAtUtc, long? RunId);

public sealed record ExportMilestone(long Id, Milestones.MilestoneKind Kind, int Count, DateTime ReachedAtUtc);

public sealed record ExportPause(long Id, DateTime StartUtc, DateTime EndUtc, string? Reason)
{
    /// <summary>The member kept their slot reminders through this break.</summary>
    public bool KeepSlots { get; init; }
}

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
        r.Helped, r.Note, r.DistanceKm, r.BeforeCheckInId, r.CreatedAtUtc)
    {
        GroupRunId = r.GroupRunId,
    };

    /// <summary>The group run this was logged at ("I was there"); null for a run of their own.</summary>
    public long? GroupRunId { get; init; }
}

/// <param name="PartnerUserIds">The other seats of the group; null where that partner deleted their data.</param>
public sealed record ExportBuddyWeek(long GroupId, DateOnly WeekStart, IReadOnlyList<string?> PartnerUserIds);

public sealed record ExportBuddyAnswer(long Id, long GroupId, BuddyAnswerKind Answer, DateTime AnsweredAtUtc);

public sealed record ExportNudge(long Id, DateTime SentAtUtc, DateOnly LocalDate, NudgeDelivery Delivery);

/// <param name="Answer">going | cant-make; null when the member only marked "Interested" on the Discord event.</param>
public sealed record ExportGroupRunAnswer(
    long GroupRunId, DateTime RunStartUtc, string RunLocation, GroupRuns.RsvpAnswer? Answer, bool Interested, DateTime UpdatedAtUtc);

public sealed record ExportGroupRun(
    long Id, DateTime StartUtc, int Minutes, string TimeZone, string Location, string? Note, bool Weekly, GroupRuns.GroupRunStatus Status, DateTime CreatedAtUtc);
