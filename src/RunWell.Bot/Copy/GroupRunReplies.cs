using System.Globalization;
using System.Text;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Messaging;

namespace RunWell.Bot.Copy;

/// <summary>The private answers of /grouprun and its buttons.</summary>
internal static class GroupRunReplies
{
    public const string GroupRunAfterFormId = "grouprunfeel";

    public static Reply Problem(GroupRunProblem problem) => Reply.Private(problem switch
    {
        GroupRunProblem.NoClubChannel => "This server has no club channel yet: an admin needs to run `/runwell setup` first. Nothing was saved.",
        GroupRunProblem.AdminsOnly => "In this server only admins create group runs. Ask one to plan it. Nothing was saved.",
        GroupRunProblem.WhenUnreadable => "I couldn't read **when**. Try `sat 09:00`, `tomorrow 07:30` or `2026-12-05 09:00` (your time zone). Nothing was saved.",
        GroupRunProblem.WhenInPast => "**when** has already passed: pick a time ahead. Nothing was saved.",
        GroupRunProblem.WhenTooFar => $"**when** can be at most {GroupRunLimits.MaxDaysAhead} days ahead. Nothing was saved.",
        GroupRunProblem.WhereMissing => "**where** is needed: the meeting point. Nothing was saved.",
        GroupRunProblem.WhereTooLong => $"**where** can be at most {GroupRunLimits.LocationMaxLength} characters. Nothing was saved.",
        GroupRunProblem.NoteTooLong => $"**note** can be at most {GroupRunLimits.NoteMaxLength} characters. Nothing was saved.",
        GroupRunProblem.MinutesOutOfRange => $"**minutes** must be from {GroupRunLimits.MinMinutes} to {GroupRunLimits.MaxMinutes}. Nothing was saved.",
        GroupRunProblem.NotFound => "I can't find that group run. Pick one from the list (`/grouprun list`).",
        GroupRunProblem.AlreadyCancelled => "That group run was cancelled.",
        GroupRunProblem.AlreadyFinished => "That group run is over. Thanks for being part of it!",
        GroupRunProblem.NotYours => "Only whoever planned this run, or an admin, can cancel it. Nothing was changed.",
        GroupRunProblem.NotStartedYet => "This run hasn't started yet: log it once you've been. 🙂",
        GroupRunProblem.NothingLogged => "Press \"I was there — log it\" first; then you can add how you feel.",
        GroupRunProblem.RatingOutOfRange => "Ratings go from 1 to 10 (or leave them empty). Nothing was saved.",
        _ => "That didn't work. Nothing was changed.",
    });

    public static Reply Created(GroupRunCreated created)
    {
        var run = created.Run;
        var text = new StringBuilder()
            .Append("Your group run is planned: ").Append(Mention.Time(run.StartUtc)).Append(" at **").Append(run.Location).Append("**, ")
            .Append(GroupRunCopy.Minutes(run.Minutes)).Append(". The announcement goes to ").Append(Mention.Channel(run.ChannelId)).Append('.');
        if (run.Weekly)
        {
            text.Append(" It repeats every week until you cancel it.");
        }

        text.Append('\n').Append(run.EventState switch
        {
            GroupRunEventState.Created when created.EventLink is { } link => "Discord event: " + link,
            GroupRunEventState.Created => "The event is on the calendar.",
            GroupRunEventState.MissingPermission => "There is no Discord event: I don't have the **Create Events** permission in this server. The announcement still goes out; an admin can grant it (see `/runwell status`).",
            GroupRunEventState.Failed => "Discord didn't accept the event just now, so there is only the announcement.",
            _ => "",
        });
        return Reply.Private(text.ToString().TrimEnd());
    }

    public static Reply List(IReadOnlyList<GroupRunView> views)
    {
        if (views.Count == 0)
        {
            return Reply.Private("No group runs planned. Plan one with `/grouprun create when:sat 09:00 where:…`.");
        }

        var text = new StringBuilder("**Upcoming group runs**\n");
        foreach (var view in views.Take(15))
        {
            text.Append("• ").Append(Mention.Time(view.Run.StartUtc)).Append(" — ").Append(view.Run.Location)
                .Append(" · ").Append(view.Going.Count).Append(" coming")
                .Append(view.Interested > 0 ? $", {view.Interested} interested" : "")
                .Append(view.Run.Weekly ? " · weekly" : "").Append('\n');
        }

        return Reply.Private(text.ToString().TrimEnd());
    }

    public static Reply Cancelled(GroupRunCancelled cancelled) => Reply.Private(
        $"Cancelled the group run {Mention.Time(cancelled.Run.StartUtc)} at {cancelled.Run.Location}." +
        (cancelled.Notified > 0 ? $" I'm letting the {cancelled.Notified} who said \"I'm in\" know by DM." : "") +
        (cancelled.AnnouncementEdited ? "" : " (I couldn't edit the announcement; it may still be on its way.)"));

    public static Reply Attended(GroupRunAttended attended)
    {
        var text = attended.AlreadyLogged
            ? "Already logged — one entry per group run. 💛"
            : $"Logged your {GroupRunCopy.Minutes(attended.Log.Minutes)} group run. Thank you for showing up! 💛";
        return new Reply(new Message(text + " Want to add how you feel after? It's optional.")
        {
            Buttons = [new ActionButton(GroupRunCopy.ButtonId("feel", attended.Run.Id), "How do I feel? (optional)")],
        });
    }

    public static ModalForm AfterForm(long runId) => new(
        string.Create(CultureInfo.InvariantCulture, $"{GroupRunAfterFormId}:{runId}"),
        "How do you feel after the run?",
        [
            new ModalField("mood", "Mood (1–10)", 2, "optional"),
            new ModalField("stress", "Stress (1–10)", 2, "optional"),
            new ModalField("energy", "Energy (1–10)", 2, "optional"),
        ]);

    public static Reply Rated() => Reply.Private("Saved with your group run. Only you see it. 💛");

    public static Reply Reminders(bool on) => Reply.Private(on
        ? "Group-run reminders are on: a DM before runs you said \"I'm in\" to (never at night)."
        : "Group-run reminders are off. Discord's own event can still remind you if you marked it \"Interested\".");
}
