using System.Globalization;
using RunWell.Domain.Buddies;

namespace RunWell.Bot.Presenters;

/// <summary>The check-in buttons' ids, "buddy:answer:&lt;groupId&gt;:&lt;ran|planning|skip&gt;", written and read in one place.</summary>
internal static class BuddyAnswerIds
{
    public const string Prefix = "buddy";
    public const string Action = "answer";

    public static string For(long groupId, BuddyAnswerKind answer) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{Action}:{groupId}:{Token(answer)}");

    /// <param name="args">The id's parts after the prefix.</param>
    public static bool TryParse(IReadOnlyList<string> args, out long groupId, out BuddyAnswerKind answer)
    {
        groupId = 0;
        answer = default;
        if (args.Count != 3 || args[0] != Action || !long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out groupId))
        {
            return false;
        }

        BuddyAnswerKind? parsed = args[2] switch
        {
            "ran" => BuddyAnswerKind.Ran,
            "planning" => BuddyAnswerKind.Planning,
            "skip" => BuddyAnswerKind.NotThisWeek,
            _ => null,
        };
        answer = parsed.GetValueOrDefault();
        return parsed is not null;
    }

    private static string Token(BuddyAnswerKind answer) => answer switch
    {
        BuddyAnswerKind.Ran => "ran",
        BuddyAnswerKind.Planning => "planning",
        _ => "skip",
    };
}
