using System.Globalization;
using System.Text;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Messaging;
using RunWell.Domain.Time;

namespace RunWell.Bot.Copy;

/// <summary>
/// Every word of a group run's posts and its Discord event. RunWell's spirit: every pace welcome,
/// walkers too, nobody left behind, never a time or a result. Names are mentions that never ping.
/// </summary>
internal sealed class GroupRunCopy : IGroupRunCopy
{
    /// <summary>Names shown before "and N more", keeping the post well inside Discord's 2000 characters.</summary>
    private const int NamesShown = 40;

    public const string Welcome = "Every pace is welcome, walkers too — nobody is left behind.";

    public Message Announcement(GroupRunView view) => new(Details(view, "🏃 **Group run** — ", upcoming: true))
    {
        Buttons =
        [
            new ActionButton(ButtonId("in", view.Run.Id), "I'm in", ButtonStyle.Success),
            new ActionButton(ButtonId("out", view.Run.Id), "Can't make it"),
        ],
    };

    // Answers are closed once the run is over; "I was there" lives on the "who came?" post.
    public Message FinishedAnnouncement(GroupRunView view) => new(Details(view, "✅ **Group run (done)** — ", upcoming: false));

    public Message CancelledAnnouncement(GroupRunView view) => new(
        $"❌ **Cancelled** — the group run {Mention.Time(view.Run.StartUtc)} at {view.Run.Location} is off. " +
        "Thank you to everyone who said they'd come; see you at the next one. 💛");

    public Message WhoCame(GroupRun run) => new(
        $"👋 **Who came?** The group run at {run.Location} ({Mention.Time(run.StartUtc, 'f')}) is done. " +
        "Thank you to everyone who showed up, whatever the pace. If you were there, log it with one tap " +
        $"({Minutes(run.Minutes)}); only you see your entry.")
    {
        Buttons = [new ActionButton(ButtonId("came", run.Id), "I was there — log it", ButtonStyle.Primary)],
    };

    public Message Reminder(GroupRun run) => new(
        $"⏰ Group run {Mention.Time(run.StartUtc)} ({Mention.Time(run.StartUtc, 'R')}) at **{run.Location}**. {Welcome} See you there!\n" +
        "-# You said \"I'm in\". Stop these reminders with `/grouprun reminders setting:off`.");

    public Message CancelledNotice(GroupRun run) => new(
        $"The group run {Mention.Time(run.StartUtc)} at **{run.Location}** you said you'd join has been cancelled. Nothing for you to do. 💛");

    public string EventName(GroupRun run) => Shorten("Group run · " + run.Location, 100);

    public string EventDescription(GroupRun run) =>
        Shorten($"{Welcome} {Minutes(run.Minutes)}, no times, no results.{(run.Note is { } note ? "\n\n" + note : "")}", 1000);

    public static string ButtonId(string action, long runId) => string.Create(CultureInfo.InvariantCulture, $"grouprun:{action}:{runId}");

    public static string Minutes(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes} min");

    /// <summary>Plain text for places that cannot show a timestamp (autocomplete), in the run's own zone.</summary>
    public static string LocalLabel(GroupRun run)
    {
        var local = LocalClock.ToLocal(run.StartUtc, TimeZones.FindOrUtc(run.TimeZoneId));
        return Shorten(local.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture) + " · " + run.Location, 100);
    }

    private static string Details(GroupRunView view, string heading, bool upcoming)
    {
        var run = view.Run;
        var text = new StringBuilder()
            .Append(heading).Append(Mention.Time(run.StartUtc));
        if (upcoming)
        {
            text.Append(" (").Append(Mention.Time(run.StartUtc, 'R')).Append(')');
        }

        text.Append('\n')
            .Append("📍 ").Append(run.Location).Append('\n')
            .Append("⏱ ").Append(Minutes(run.Minutes)).Append(" · ").Append(Welcome).Append('\n');
        if (run.Note is { } note)
        {
            text.Append("📝 ").Append(note).Append('\n');
        }

        // A creator who deleted their data (/privacy delete) is no longer named.
        var planned = run.CreatorId == 0 ? "" : "Planned by " + Mention.User(run.CreatorId);
        var weekly = run.Weekly ? (planned.Length == 0 ? "Every week" : " · every week") : "";
        if (planned.Length + weekly.Length > 0)
        {
            text.Append(planned).Append(weekly).Append('\n');
        }

        text.Append('\n')
            .Append(upcoming ? "**Coming (" : "**Said they'd come (").Append(view.Going.Count).Append("):** ").Append(Names(view.Going, upcoming)).Append('\n')
            .Append("Can't make it: ").Append(view.CantMake).Append(" · Interested on the event: ").Append(view.Interested);
        return text.ToString();
    }

    private static string Names(IReadOnlyList<ulong> users, bool upcoming) => users.Count == 0
        ? (upcoming ? "nobody yet — be the first!" : "—")
        : string.Join(", ", users.Take(NamesShown).Select(Mention.User)) + (users.Count > NamesShown ? $" and {users.Count - NamesShown} more" : "");

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
