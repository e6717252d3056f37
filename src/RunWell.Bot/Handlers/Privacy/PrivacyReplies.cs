using System.Globalization;
using RunWell.Domain.Privacy;

namespace RunWell.Bot.Handlers.Privacy;

/// <summary>What the member is told after erasure: exactly what went, table by table, in plain words.</summary>
internal static class PrivacyReplies
{
    public static string Deleted(MemberDeletion removed)
    {
        if (removed.Total == 0)
        {
            return "There was nothing left to delete: RunWell holds no data about you in this server.";
        }

        var parts = new[]
        {
            Count(removed.Profiles, "profile with your settings", "profiles"),
            Count(removed.CheckIns, "check-in", "check-ins"),
            Count(removed.Runs, "run", "runs"),
            Count(removed.Pauses, "pause", "pauses"),
            Count(removed.BuddyAnswers, "buddy check-in answer", "buddy check-in answers"),
            Count(removed.Nudges, "nudge record", "nudge records"),
            Count(removed.ScheduledMessages, "queued or sent message to you", "queued or sent messages to you"),
            Count(removed.PlanRows, "plan reminder or milestone", "plan reminders and milestones"),
            Count(removed.GroupRunAnswers, "group-run answer", "group-run answers"),
        }.OfType<string>().ToList();

        var text = "🗑️ Deleted: " + (parts.Count == 0 ? "nothing else" : string.Join(", ", parts)) + ".";
        if (removed.BuddySeatsAnonymised > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $" Your name was removed from {removed.BuddySeatsAnonymised} buddy week(s); your buddies keep their own side.");
        }

        if (removed.GroupRunsAnonymised > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $" Your name was taken off {removed.GroupRunsAnonymised} group run(s) you planned; the club keeps the runs.");
        }

        return text + " RunWell holds nothing about you here now. If you log again, it starts fresh.";
    }

    private static string? Count(int n, string one, string many) => n switch
    {
        0 => null,
        1 => "1 " + one,
        _ => string.Create(CultureInfo.InvariantCulture, $"{n} {many}"),
    };
}
