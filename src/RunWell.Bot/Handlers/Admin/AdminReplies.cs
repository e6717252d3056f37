using System.Globalization;
using RunWell.Bot.Presenters;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.Domain.Privacy;
using RunWell.Domain.Text;
using RunWell.Domain.Time;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>How admin answers read. Times are timestamps, so every admin sees their own local time.</summary>
internal static class AdminReplies
{
    public static Message SetupSaved(Club club, IReadOnlyList<UpcomingSlot> upcoming) =>
        new(Rich("Admin_SetupSaved", new ChannelPart(club.ChannelId!.Value), club.TimeZoneId) + FixedOffsetWarning(club.Zone()))
        {
            Cards = [new Card(Get("Admin_NextPosts"), Schedule(upcoming))],
        };

    /// <summary>A warning for EST-like zones that never change for summer time (most clubs' clocks do); empty otherwise.</summary>
    public static RichText FixedOffsetWarning(TimeZoneInfo zone) => !TimeZones.IsFixedOffsetAbbreviation(zone)
        ? RichText.Empty
        : "\n" + Rich("Admin_FixedOffset", zone.Id, Offset(zone.BaseUtcOffset), TimeZones.UsualZoneFor(zone) ?? "America/New_York");

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "−" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public static Message SupportSaved(Club club) =>
        new(Rich("Admin_SupportSaved"))
        {
            Cards = [new Card(Get("Help_SupportTitle"), SupportText.Or(club.SupportText))],
        };

    public static RichText RetentionSaved(Club club) =>
        Rich("Admin_RetentionSaved", club.RetentionDays, Time(ClubDefaults.RetentionTime), club.TimeZoneId);

    public static RichText RetentionQuestion(RetentionPreview preview)
    {
        var effect = preview.Entries switch
        {
            0 => Rich("Retention_NoEntries"),
            1 => Rich("Retention_OneEntry"),
            var n => Rich("Retention_Entries", n),
        };
        return Rich("Retention_Question", preview.Days, TimestampPart.Utc(preview.NextSweepUtc),
            effect, TimestampPart.Utc(preview.CutoffUtc, TimestampStyle.Date));
    }

    public static Message Status(ClubStatus status)
    {
        var club = status.Club;
        var settings = RichText.Join("\n",
        [
            Rich("Status_Channel", club.ChannelId is { } channel ? RichText.Of(new ChannelPart(channel)) : Rich("Status_ChannelNotSet")),
            Rich("Status_TimeZone", club.TimeZoneId),
            Rich("Status_Language", Get(club.Language is null ? "Status_LanguageDefault" : "Status_LanguageKnown", Words.Languages.For(club.Language).NativeName)),
            Rich("Status_Retention", club.RetentionDays),
            Rich(club.SupportText is null ? "Status_SupportDefault" : "Status_SupportCustom"),
        ]);
        var counts = status.Counts;
        var members = Rich("Status_Members", counts.Members, counts.BuddyOptIns, counts.NudgeOptIns, counts.Paused);

        return new Message(Rich(status.IsConfigured ? "Status_Intro" : "Status_NotSetUp"))
        {
            Cards =
            [
                new Card(Get("Status_SettingsTitle"), settings),
                new Card(Get("Admin_NextPosts"), Schedule(status.Upcoming)),
                new Card(Get("Status_LastResultsTitle"), LastResults(status.LastResults)),
                new Card(Get("Status_MembersTitle"), members) { Footer = Get("Status_MembersFooter") },
            ],
        };
    }

    public static string Label(PostKind? kind) => Get(kind switch
    {
        PostKind.BuddyPairing => "Post_BuddyPairing",
        PostKind.BuddyCheckIn => "Post_BuddyCheckIn",
        PostKind.WeeklySummary => "Post_WeeklySummary",
        PostKind.Nudge => "Post_Nudges",
        _ => "Post_Retention",
    });

    private static RichText Schedule(IReadOnlyList<UpcomingSlot> upcoming) =>
        RichText.Join("\n", upcoming.Select(s => Rich("Admin_ScheduleLine", Label(s.Kind), Rhythm(s), TimestampPart.Utc(s.NextUtc))));

    private static string Rhythm(UpcomingSlot slot) =>
        slot.Day is { } day ? Get("Rhythm_Weekly", CultureInfo.CurrentUICulture.DateTimeFormat.GetDayName(day), Time(slot.Time))
        : slot.Kind == PostKind.Nudge ? Get("Rhythm_DailyMemberZone", Time(slot.Time))
        : Get("Rhythm_Daily", Time(slot.Time));

    private static RichText LastResults(IReadOnlyList<PostResult> results) =>
        results.Count == 0 ? Rich("Status_NothingPosted") : RichText.Join("\n", results.Select(Result));

    private static RichText Result(PostResult r)
    {
        var parts = new List<string>();
        if (r.Sent > 0)
        {
            parts.Add(Get("Result_Sent", r.Sent));
        }

        if (r.Pending > 0)
        {
            parts.Add(Get("Result_Pending", r.Pending));
        }

        if (r.Failed > 0)
        {
            parts.Add(Get("Result_Failed", r.Failed));
        }

        var line = Rich("Result_Line", r.Failed > 0 ? "❌" : "✅", Label(r.Kind), TimestampPart.Utc(r.LastRunUtc),
            parts.Count == 0 ? Get("Result_NothingToPost") : string.Join(", ", parts));
        if (r.LastChannelError is { } error)
        {
            line += "\n  ↳ " + TypedText.Shorten(error, 200) + Hint(error);
        }

        if (r.UndeliveredDirectMessages > 0)
        {
            line += "\n  ↳ " + Rich("Result_DmsUndelivered", r.UndeliveredDirectMessages);
        }

        return line;
    }

    private static RichText Hint(string error) =>
        error.Contains("permission", StringComparison.OrdinalIgnoreCase) || error.Contains("access", StringComparison.OrdinalIgnoreCase)
            ? " " + Rich("Result_PermissionHint")
            : RichText.Empty;

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
