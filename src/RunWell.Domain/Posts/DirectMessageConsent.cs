using RunWell.Domain.Members;

namespace RunWell.Domain.Posts;

/// <summary>
/// Whether a DM drafted earlier may still go out. Delivery can trail the draft by hours (retries ride out
/// an outage), and in that time a member may turn nudges off, snooze them, pause or delete their data;
/// nothing is ever sent by DM to someone who no longer asks for it.
/// </summary>
internal static class DirectMessageConsent
{
    public const string Withdrawn = "Not sent: the member turned nudges off, snoozed them or paused before it went out.";

    /// <param name="member">The member's row now; null when they deleted their data.</param>
    /// <param name="paused">A pause is in force now (for a plan reminder: one that did not keep the slots).</param>
    public static bool StillWanted(Member? member, bool paused, PostKind kind, DateTime nowUtc) => kind switch
    {
        PostKind.PlanReminder => member is { PlanReminders: true, PlanSlots: not null } && !paused,

        // Group-run DMs follow the member's own choices: reminders can be turned off and pause too;
        // a cancellation notice goes to whoever said "I'm in" and still has a member row.
        PostKind.GroupRunReminder => member is { GroupRunRemindersOff: false } && !paused,
        PostKind.GroupRunCancelled => member is not null,
        _ => WantsNudges(member, paused, kind, nowUtc),
    };

    private static bool WantsNudges(Member? member, bool paused, PostKind kind, DateTime nowUtc) =>
        member is { NudgeOptIn: true }
        && !paused
        && !(kind == PostKind.Nudge && member.NudgeSnoozedUntilUtc > nowUtc);
}
