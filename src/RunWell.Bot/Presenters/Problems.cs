using System.Globalization;
using RunWell.Domain;
using RunWell.Domain.Messaging;
using RunWell.Domain.Text;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Presenters;

/// <summary>
/// What was wrong with a request, in the member's words, said one way wherever it was found (the
/// option check in the engine or the domain's own check), and "nothing was saved" said once.
/// </summary>
internal static class Problems
{
    public static RichText Say(Problem problem)
    {
        var option = new EmphasisPart(problem.Option ?? "");
        var a = problem.Args;
        return problem.Kind switch
        {
            ProblemKind.OutOfRange => Rich("Problem_OutOfRange", option, a[0], a[1], a[2]),
            ProblemKind.MinutesOutOfRange => Rich("Problem_MinutesOutOfRange", option, a[0], a[1], a[2]),
            ProblemKind.DistanceOutOfRange => Rich("Problem_DistanceOutOfRange", option, a[0], a[1], a[2]),
            ProblemKind.TooLong => Rich("Problem_TooLong", option, a[0], a[1]),
            ProblemKind.LengthOutOfRange => Rich("Problem_LengthOutOfRange", option, a[0], a[1], a[2]),
            ProblemKind.NotAChoice => Rich("Problem_NotAChoice", option),
            ProblemKind.WhenUnreadable => Rich("Problem_WhenUnreadable", option, TypedText.Shorten((string)a[0], 40), WhenExamples(a)),
            ProblemKind.WhenForeignNumerals => Rich("Problem_WhenForeignNumerals", option, TypedText.Shorten((string)a[0], 40), WhenExamples(a)),
            ProblemKind.WhenAmbiguousDate => Rich("Problem_WhenAmbiguousDate", option, TypedText.Shorten((string)a[0], 40), WhenExamples(a)),
            ProblemKind.WhenNoSuchTime => Rich("Problem_WhenNoSuchTime", option, TypedText.Shorten((string)a[0], 40)),
            ProblemKind.WhenNoSuchDate => Rich("Problem_WhenNoSuchDate", option, TypedText.Shorten((string)a[0], 40), WhenExamples(a)),
            ProblemKind.WhenInFuture => Rich("Problem_WhenInFuture", option),
            ProblemKind.WhenTooOld => Rich("Problem_WhenTooOld", option, a[0]),
            ProblemKind.UnknownTimeZone => UnknownZone(option, a),
            ProblemKind.NotATime => Rich("Problem_NotATime", option, TypedText.Shorten((string)a[0], 20)),
            ProblemKind.NudgeTimeQuiet => Rich("Problem_NudgeTimeQuiet", option, Clock(a[0]), Clock(a[1]), Clock(a[2]), Clock(a[3])),
            ProblemKind.FirstSetupIncomplete => Rich("Problem_FirstSetupIncomplete", (bool)a[0] && (bool)a[1]
                ? Rich("Problem_SetupNeedsBoth")
                : RichText.Of(new EmphasisPart((bool)a[0] ? "channel" : "timezone"))),
            ProblemKind.NotYourCheckIn => Rich("Answer_NotYourCheckIn"),
            _ => Rich("Problem_Unknown"),
        };
    }

    /// <summary>A refusal of a command that would have saved something: the problem, and that nothing was saved.</summary>
    public static RichText NothingSaved(RichText problem) => problem + " " + Rich("Refused_NothingSaved");

    public static RichText NothingSaved(Problem problem) => NothingSaved(Say(problem));

    /// <summary>Examples that stay true: relative words, and a date two days back in the member's zone.</summary>
    private static RichText WhenExamples(object[] args) => Rich("Problem_WhenExamples", args[1]);

    private static string Clock(object time) => ((TimeOnly)time).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static RichText UnknownZone(EmphasisPart option, object[] args)
    {
        var suggestions = args.Skip(1).Select(s => RichText.Of(new CommandPart((string)s))).ToList();
        var hint = suggestions.Count == 0 ? RichText.Empty : " " + Rich("Problem_DidYouMean", RichText.Join(", ", suggestions));
        return Rich("Problem_UnknownTimeZone", option, TypedText.Shorten((string)args[0], 40), hint);
    }
}
