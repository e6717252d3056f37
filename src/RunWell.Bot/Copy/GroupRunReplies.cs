using System.Globalization;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>The private answers of /grouprun and its buttons, in the member's language.</summary>
internal static class GroupRunReplies
{
    public const string GroupRunAfterFormId = "grouprunfeel";

    public static Reply Problem(GroupRunProblem problem) => Reply.Private(problem switch
    {
        GroupRunProblem.NoClubChannel => Rich("GroupRun_NoClubChannel"),
        GroupRunProblem.AdminsOnly => Rich("GroupRun_AdminsOnly"),
        GroupRunProblem.WhenUnreadable => Rich("GroupRun_WhenUnreadable"),
        GroupRunProblem.WhenInPast => Rich("GroupRun_WhenInPast"),
        GroupRunProblem.WhenTooFar => Rich("GroupRun_WhenTooFar", GroupRunLimits.MaxDaysAhead),
        GroupRunProblem.WhereMissing => Rich("GroupRun_WhereMissing"),
        GroupRunProblem.WhereTooLong => Rich("GroupRun_WhereTooLong", GroupRunLimits.LocationMaxLength),
        GroupRunProblem.NoteTooLong => Rich("GroupRun_NoteTooLong", GroupRunLimits.NoteMaxLength),
        GroupRunProblem.MinutesOutOfRange => Rich("GroupRun_MinutesOutOfRange", GroupRunLimits.MinMinutes, GroupRunLimits.MaxMinutes),
        GroupRunProblem.NotFound => Rich("GroupRun_NotFound"),
        GroupRunProblem.AlreadyCancelled => Rich("GroupRun_AlreadyCancelled"),
        GroupRunProblem.AlreadyFinished => Rich("GroupRun_AlreadyFinished"),
        GroupRunProblem.NotYours => Rich("GroupRun_NotYours"),
        GroupRunProblem.NotStartedYet => Rich("GroupRun_NotStartedYet"),
        GroupRunProblem.NothingLogged => Rich("GroupRun_NothingLogged"),
        GroupRunProblem.RatingOutOfRange => Rich("GroupRun_RatingOutOfRange"),
        _ => Rich("GroupRun_DidNotWork"),
    });

    public static Reply Created(GroupRunCreated created)
    {
        var run = created.Run;
        var text = Rich("GroupRun_Created", GroupRunCopy.When(run), run.Location, GroupRunCopy.Minutes(run.Minutes), new ChannelPart(run.ChannelId));
        if (run.Weekly)
        {
            text += " " + Rich("GroupRun_CreatedWeekly");
        }

        RichText? eventLine = run.EventState switch
        {
            GroupRunEventState.Created when created.EventLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url) =>
                Rich("GroupRun_EventLink", new LinkPart(Get("GroupRun_EventLinkLabel"), url)),
            GroupRunEventState.Created => Rich("GroupRun_EventOnCalendar"),
            GroupRunEventState.MissingPermission => Rich("GroupRun_EventMissingPermission"),
            GroupRunEventState.Failed => Rich("GroupRun_EventFailed"),
            _ => null,
        };
        return Reply.Private(eventLine is null ? text : text + "\n" + eventLine);
    }

    public static Reply List(IReadOnlyList<GroupRunView> views)
    {
        if (views.Count == 0)
        {
            return Reply.Private(Rich("GroupRun_ListEmpty"));
        }

        var lines = new List<RichText> { Rich("GroupRun_ListHeading") };
        foreach (var view in views.Take(15))
        {
            var line = Rich("GroupRun_ListLine", GroupRunCopy.When(view.Run), view.Run.Location, view.Going.Count);
            if (view.Interested > 0)
            {
                line += Rich("GroupRun_ListInterested", view.Interested);
            }

            lines.Add(view.Run.Weekly ? line + Rich("GroupRun_ListWeekly") : line);
        }

        return Reply.Private(RichText.Join("\n", lines));
    }

    public static Reply Cancelled(GroupRunCancelled cancelled)
    {
        var text = Rich("GroupRun_CancelledReply", GroupRunCopy.When(cancelled.Run), cancelled.Run.Location);
        if (cancelled.Notified > 0)
        {
            text += " " + Rich("GroupRun_CancelledNotified", cancelled.Notified);
        }

        return Reply.Private(cancelled.AnnouncementEdited ? text : text + " " + Rich("GroupRun_CancelledNotEdited"));
    }

    public static Reply Attended(GroupRunAttended attended)
    {
        var text = attended.AlreadyLogged ? Rich("GroupRun_AlreadyLogged") : Rich("GroupRun_Logged", GroupRunCopy.Minutes(attended.Log.Minutes));
        return new Reply(new Message(text + " " + Rich("GroupRun_HowDoYouFeelOffer"))
        {
            Buttons = [new ActionButton(GroupRunCopy.ButtonId("feel", attended.Run.Id), Get("GroupRun_HowDoIFeelButton"))],
        });
    }

    public static ModalForm AfterForm(long runId) => new(
        string.Create(CultureInfo.InvariantCulture, $"{GroupRunAfterFormId}:{runId}"),
        Get("GroupRun_FormTitle"),
        [
            new ModalField("mood", Get("GroupRun_FormMood"), 2, Get("GroupRun_FormOptional")),
            new ModalField("stress", Get("GroupRun_FormStress"), 2, Get("GroupRun_FormOptional")),
            new ModalField("energy", Get("GroupRun_FormEnergy"), 2, Get("GroupRun_FormOptional")),
        ]);

    public static Reply Rated() => Reply.Private(Rich("GroupRun_Rated"));

    public static Reply Reminders(bool on) => Reply.Private(Rich(on ? "GroupRun_RemindersOn" : "GroupRun_RemindersOff"));
}
