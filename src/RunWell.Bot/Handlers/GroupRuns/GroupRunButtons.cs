using System.Globalization;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;

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
            return Reply.Private("That button has expired.");
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
                return Reply.Private("That button has expired.");
        }
    }
}

/// <summary>The optional after-ratings form: empty fields stay empty; anything but 1–10 saves nothing.</summary>
internal sealed class GroupRunAfterForm(GroupRunAttendance attendance) : IModalHandler
{
    public string Prefix => GroupRunReplies.GroupRunAfterFormId;

    public async Task<Reply> HandleAsync(ModalRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count != 1 || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
        {
            return Reply.Private("That form has expired. Nothing was saved.");
        }

        int? mood = null, stress = null, energy = null;
        if (!TryRating(request, "mood", ref mood) || !TryRating(request, "stress", ref stress) || !TryRating(request, "energy", ref energy))
        {
            return GroupRunReplies.Problem(GroupRunProblem.RatingOutOfRange);
        }

        var rated = await attendance.RateAsync(request.Caller.Member, runId, new AfterRatings(mood, stress, energy), ct);
        return rated.Ok ? GroupRunReplies.Rated() : GroupRunReplies.Problem(rated.Problem!.Value);
    }

    private static bool TryRating(ModalRequest request, string field, ref int? value)
    {
        var text = request.Values.GetValueOrDefault(field)?.Trim() ?? "";
        if (text.Length == 0)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < GroupRunAttendance.RatingMin or > GroupRunAttendance.RatingMax)
        {
            return false;
        }

        value = number;
        return true;
    }
}
