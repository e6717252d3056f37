using RunWell.Domain.Milestones;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>One line for a milestone, in the private reply that reached it: about showing up, never pace.</summary>
public static class MilestoneCopy
{
    public static string Line(MilestoneReached milestone) => milestone switch
    {
        { Kind: MilestoneKind.Runs, Count: 1 } => Get("Milestone_FirstRun"),
        { Kind: MilestoneKind.Runs } => Get("Milestone_Runs", milestone.Count),
        _ => Get("Milestone_Weeks", milestone.Count),
    };

    /// <summary>What the weekly summary says of a milestone beside the member's name.</summary>
    public static string InSummary(MilestoneReached milestone) => milestone switch
    {
        { Kind: MilestoneKind.Runs, Count: 1 } => Get("Milestone_ShortFirstRun"),
        { Kind: MilestoneKind.Runs } => Get("Milestone_ShortRuns", milestone.Count),
        _ => Get("Milestone_ShortWeeks", milestone.Count),
    };
}
