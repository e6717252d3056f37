using System.Globalization;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.GroupRuns;

/// <summary>
/// The buttons of a group run: "I'm in" / "Can't make it" edit the announcement in place; "I was there"
/// logs the run privately; "How do I feel?" opens the optional form.
/// </summary>
internal sealed class GroupRunButtons(GroupRunService runs, GroupRunAttendance attendance, IGroupRunCopy copy) : IComponentHandler
{
    public string Prefix => "grouprun";

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count != 2 || !long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
        {
            return Reply.Private(Rich("Engine_ButtonExpired"));
        }

        var who = request.Caller.Member;
        switch (args[0])
        {
            case "in" or "out":
                var answered = await runs.AnswerAsync(who, runId, args[0] == "in" ? RsvpAnswer.Going : RsvpAnswer.CantMake, ct);
                return answered.Ok
                    ? new Reply(copy.Announcement(answered.Value!), Ephemeral: false, ReplyMode.UpdateMessage)
                    : GroupRunReplies.Problem(answered.Problem!.Value);
            case "came":
                var attended = await attendance.AttendAsync(who, runId, ct);
                return attended.Ok ? GroupRunReplies.Attended(attended.Value!) : GroupRunReplies.Problem(attended.Problem!.Value);
            case "feel":
                return Reply.OpenModal(GroupRunReplies.AfterForm(runId));
            default:
                return Reply.Private(Rich("Engine_ButtonExpired"));
        }
    }
}
