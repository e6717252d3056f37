using System.Globalization;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.Domain.Privacy;
using RunWell.Domain.Time;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>How admin answers read. Times are Discord timestamps, so every admin sees their own local time.</summary>
internal static class AdminReplies
{
    public static Message SetupSaved(Club club, IReadOnlyList<UpcomingSlot> upcoming) =>
        new($"✅ Saved. Group posts go to {Mention.Channel(club.ChannelId!.Value)}; slots are in **{club.TimeZoneId}**." +
            FixedOffsetWarning(TimeZones.FindOrUtc(club.TimeZoneId)))
        {
            Cards = [new Card("Next posts", Schedule(upcoming))],
        };

    /// <summary>A warning for EST-like zones that never change for summer time (most clubs' clocks do).</summary>
    public static string FixedOffsetWarning(TimeZoneInfo zone)
    {
        if (!TimeZones.IsFixedOffsetAbbreviation(zone))
        {
            return "";
        }

        var usual = TimeZones.UsualZoneFor(zone) is { } id ? $" such as `{id}`" : " such as `America/New_York`";
        return $"\n⚠️ **{zone.Id}** is a fixed offset (UTC{Offset(zone.BaseUtcOffset)}) with no daylight saving: " +
            $"if your clocks change in summer, use a city zone{usual} so posts keep their local time.";
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "−" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public static Message SupportSaved(Club club) =>
        new("✅ Saved. `/help` and nudges now show this support text:")
        {
            Cards = [new Card("Support", ClubDefaults.SupportTextOf(club))],
        };

    public static string RetentionSaved(Club club) =>
        $"✅ Saved. Entries are kept for **{club.RetentionDays} days**; the daily clean-up at " +
        $"{SlotText.Time(ClubDefaults.RetentionTime)} ({club.TimeZoneId}) deletes older ones.";

    public static string RetentionQuestion(RetentionPreview preview)
    {
        var sweep = Mention.Time(new DateTimeOffset(preview.NextSweepUtc, TimeSpan.Zero), 'f');
        var cutoff = Mention.Time(new DateTimeOffset(preview.CutoffUtc, TimeSpan.Zero), 'D');
        var effect = preview.Entries switch
        {
            0 => "no entries",
            1 => "**1 entry** (a check-in or run)",
            var n => string.Create(CultureInfo.InvariantCulture, $"**{n} entries** (check-ins and runs)"),
        };
        return $"Keep entries for **{preview.Days} days**? The next clean-up ({sweep}) would delete {effect} from before {cutoff}, " +
            "with the buddy weeks, nudge records and pauses of that age. Deleted entries cannot be brought back. " +
            "Nothing changes until you confirm (the button works for 2 minutes).";
    }

    public static Message Status(ClubStatus status)
    {
        var club = status.Club;
        var settings = string.Join('\n',
            $"Channel: {(club.ChannelId is { } channel ? Mention.Channel(channel) : "not set: run `/runwell setup`")}",
            $"Time zone: {club.TimeZoneId}",
            $"Retention: {club.RetentionDays} days",
            $"Support text: {(club.SupportText is null ? "the default" : "custom")}");
        var counts = status.Counts;
        var members = string.Join('\n',
            $"Members: {counts.Members}",
            $"Buddy pairing opt-ins: {counts.BuddyOptIns}",
            $"Nudge opt-ins: {counts.NudgeOptIns}",
            $"Paused right now: {counts.Paused}");

        var intro = status.IsConfigured
            ? "RunWell's settings for this server."
            : "⚠️ RunWell is not set up here yet: no group posts go out until you run `/runwell setup`.";
        return new Message(intro)
        {
            Cards =
            [
                new Card("Settings", settings),
                new Card("Next posts", Schedule(status.Upcoming)),
                new Card("Last results", LastResults(status.LastResults)),
                new Card("Members", members) { Footer = "Counts only: nobody's entries are visible to admins." },
            ],
        };
    }

    private static string Schedule(IReadOnlyList<UpcomingSlot> upcoming) =>
        string.Join('\n', upcoming.Select(s => $"**{s.Label}** ({s.Rhythm}): {Mention.Time(new DateTimeOffset(s.NextUtc, TimeSpan.Zero))}"));

    private static string LastResults(IReadOnlyList<PostResult> results)
    {
        if (results.Count == 0)
        {
            return "Nothing has been posted yet.";
        }

        return string.Join('\n', results.Select(Result));
    }

    private static string Result(PostResult r)
    {
        var when = Mention.Time(new DateTimeOffset(r.LastRunUtc, TimeSpan.Zero), 'f');
        var parts = new List<string>();
        if (r.Sent > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{r.Sent} sent"));
        }

        if (r.Pending > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{r.Pending} waiting to send"));
        }

        if (r.Failed > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"❌ {r.Failed} failed"));
        }

        var line = $"{(r.Failed > 0 ? "❌" : "✅")} **{ClubTimetable.Label(r.Kind)}** {when}: " +
                   (parts.Count == 0 ? "nothing to post" : string.Join(", ", parts));
        if (r.LastChannelError is { } error)
        {
            line += $"\n  ↳ {Shorten(error)}{Hint(error)}";
        }

        if (r.UndeliveredDirectMessages > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"\n  ↳ {r.UndeliveredDirectMessages} DM(s) could not be delivered.");
        }

        return line;
    }

    private static string Hint(string error) =>
        error.Contains("permission", StringComparison.OrdinalIgnoreCase) || error.Contains("access", StringComparison.OrdinalIgnoreCase)
            ? " Check RunWell can view, send, embed and attach in the club channel, then run `/runwell setup` again."
            : "";

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
