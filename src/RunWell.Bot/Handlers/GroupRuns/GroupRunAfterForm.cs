using System.Globalization;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.GroupRuns;

/// <summary>The optional after-ratings form: empty fields stay empty; anything but 1–10 saves nothing.</summary>
internal sealed class GroupRunAfterForm(GroupRunAttendance attendance) : IModalHandler
{
    public string Prefix => GroupRunReplies.GroupRunAfterFormId;

    public async Task<Reply> HandleAsync(ModalRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count != 1 || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
        {
            return Reply.Private(Rich("Engine_FormExpired"));
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
