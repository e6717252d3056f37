using RunWell.Bot.Copy;
using RunWell.Domain.Messaging;
using RunWell.Domain.Privacy;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Privacy;

/// <summary>What the member is told after erasure: exactly what went, table by table, in plain words.</summary>
internal static class PrivacyReplies
{
    public static RichText Deleted(MemberDeletion removed)
    {
        if (removed.Total == 0)
        {
            return Rich("Delete_NothingLeft");
        }

        var parts = new[]
        {
            Count(removed.Profiles, "Count_Profiles"),
            Count(removed.CheckIns, "Count_CheckIns"),
            Count(removed.Runs, "Count_Runs"),
            Count(removed.Pauses, "Count_Pauses"),
            Count(removed.BuddyAnswers, "Count_BuddyAnswers"),
            Count(removed.Nudges, "Count_Nudges"),
            Count(removed.ScheduledMessages, "Count_Messages"),
            Count(removed.PlanRows, "Count_PlanRows"),
            Count(removed.GroupRunAnswers, "Count_GroupRunAnswers"),
        }.OfType<string>().ToList();

        var text = Rich("Delete_Deleted", parts.Count == 0 ? Get("Delete_NothingElse") : string.Join(", ", parts));
        if (removed.BuddySeatsAnonymised > 0)
        {
            text += " " + Rich("Delete_SeatsAnonymised", removed.BuddySeatsAnonymised);
        }

        if (removed.GroupRunsAnonymised > 0)
        {
            text += " " + Rich("Delete_GroupRunsAnonymised", removed.GroupRunsAnonymised);
        }

        return text + " " + Rich("Delete_Done");
    }

    private static string? Count(int n, string key) => n == 0 ? null : Format.Count(n, key);
}
