using System.Globalization;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Messaging;
using RunWell.Domain.Text;
using RunWell.Domain.Time;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>
/// A group run's posts and its Discord event, in the reader's language. RunWell's spirit: every pace
/// welcome, walkers too, nobody left behind, never a time or a result. Names are user parts that never ping.
/// </summary>
internal sealed class GroupRunCopy : IGroupRunCopy
{
    /// <summary>Names shown before "and N more", keeping the post well inside Discord's 2000 characters.</summary>
    private const int NamesShown = 40;

    public static readonly GroupRunCopy Instance = new();

    public Message Announcement(GroupRunView view) => new(Details(view, "GroupRun_Heading", upcoming: true))
    {
        Buttons =
        [
            new ActionButton(ButtonId("in", view.Run.Id), Get("GroupRun_In"), ButtonStyle.Success),
            new ActionButton(ButtonId("out", view.Run.Id), Get("GroupRun_Out")),
        ],
    };

    // Answers are closed once the run is over; "I was there" lives on the "who came?" post.
    public Message FinishedAnnouncement(GroupRunView view) => new(Details(view, "GroupRun_HeadingDone", upcoming: false));

    public Message CancelledAnnouncement(GroupRunView view) => new(Rich("GroupRun_Cancelled", When(view.Run), view.Run.Location));

    public static Message WhoCame(GroupRun run) => new(Rich("GroupRun_WhoCame", run.Location, When(run, TimestampStyle.ShortDateTime), Minutes(run.Minutes)))
    {
        Buttons = [new ActionButton(ButtonId("came", run.Id), Get("GroupRun_WhoCameButton"), ButtonStyle.Primary)],
    };

    public static Message Reminder(GroupRun run) => new(Rich("GroupRun_Reminder", When(run), run.Location, Get("GroupRun_Welcome")));

    public static Message CancelledNotice(GroupRun run) => new(Rich("GroupRun_CancelledNotice", When(run), run.Location));

    public string EventName(GroupRun run) => TypedText.Shorten(Get("GroupRun_EventName", run.Location), 100);

    public string EventDescription(GroupRun run) =>
        TypedText.Shorten(Get("GroupRun_EventDescription", Get("GroupRun_Welcome"), Minutes(run.Minutes)) + (run.Note is { } note ? "\n\n" + note : ""), 1000);

    public static string ButtonId(string action, long runId) => string.Create(CultureInfo.InvariantCulture, $"grouprun:{action}:{runId}");

    public static string Minutes(int minutes) => Get("GroupRun_Minutes", minutes);

    public static TimestampPart When(GroupRun run, TimestampStyle style = TimestampStyle.DateTime) => TimestampPart.Utc(run.StartUtc, style);

    /// <summary>Plain text for places that cannot show a timestamp (autocomplete), in the run's own zone.</summary>
    public static string LocalLabel(GroupRun run)
    {
        var local = LocalClock.ToLocal(run.StartUtc, run.Zone());
        return TypedText.Shorten(local.ToString("ddd d MMM HH:mm", CultureInfo.CurrentUICulture) + " · " + run.Location, 100);
    }

    private static RichText Details(GroupRunView view, string headingKey, bool upcoming)
    {
        var run = view.Run;
        var lines = new List<RichText>
        {
            Rich(headingKey, When(run)),
            Rich("GroupRun_Where", run.Location),
            Rich("GroupRun_Length", Minutes(run.Minutes), Get("GroupRun_Welcome")),
        };
        if (run.Note is { } note)
        {
            lines.Add(Rich("GroupRun_Note", note));
        }

        // A creator who deleted their data (/privacy delete) is no longer named.
        if (run.CreatorId != 0)
        {
            lines.Add(Rich(run.Weekly ? "GroupRun_PlannedByWeekly" : "GroupRun_PlannedBy", new UserPart(run.CreatorId)));
        }
        else if (run.Weekly)
        {
            lines.Add(Rich("GroupRun_EveryWeek"));
        }

        lines.Add(RichText.Empty);
        lines.Add(Rich(upcoming ? "GroupRun_Coming" : "GroupRun_SaidTheyWouldCome", view.Going.Count, Names(view.Going, upcoming)));
        lines.Add(Rich("GroupRun_Counts", view.CantMake, view.Interested));
        return RichText.Join("\n", lines);
    }

    private static RichText Names(IReadOnlyList<ulong> users, bool upcoming)
    {
        if (users.Count == 0)
        {
            return upcoming ? Rich("GroupRun_NobodyYet") : "—";
        }

        var shown = RichText.Join(", ", users.Take(NamesShown).Select(u => RichText.Of(new UserPart(u))));
        return users.Count > NamesShown ? Rich("GroupRun_AndMore", shown, users.Count - NamesShown) : shown;
    }

}
