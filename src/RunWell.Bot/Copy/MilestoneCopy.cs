using RunWell.Domain.Milestones;

namespace RunWell.Bot.Copy;

/// <summary>One line for a milestone, in the private reply that reached it: about showing up, never pace.</summary>
public static class MilestoneCopy
{
    public static string Line(MilestoneReached milestone) => milestone switch
    {
        { Kind: MilestoneKind.Runs, Count: 1 } => "🎉 Your first run with RunWell. Starting is the success.",
        { Kind: MilestoneKind.Runs } => $"🎉 That's your {milestone.Count}th run. Showing up is what counts.",
        _ => $"🎉 {milestone.Count} weeks in a row (a paused week counts too). That's a rhythm.",
    };
}
