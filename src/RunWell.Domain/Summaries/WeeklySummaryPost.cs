using RunWell.Domain.Milestones;
using RunWell.Domain.Posts;

namespace RunWell.Domain.Summaries;

/// <summary>
/// The group's week, as the summary post shows it: counts, everyone who ran (never ranked, never a
/// count per person), and a mood change only when enough members contributed.
/// </summary>
/// <param name="Runners">Members with at least one run, in a fixed order that says nothing about how much.</param>
/// <param name="Mood">The average before→after mood change; null when fewer than the minimum contributed.</param>
/// <param name="Days">One entry per day of the window, for the chart.</param>
public sealed record WeeklySummaryPost(
    SummaryWindow Window,
    int ActiveMembers,
    int Runs,
    int Minutes,
    int MicroRuns,
    int BuddyAnswers,
    IReadOnlyList<ulong> Runners,
    MoodAggregate? Mood,
    IReadOnlyList<ChartDay> Days) : PostFacts
{
    /// <summary>Milestones reached this week by members who asked to be celebrated (/profile celebrate).</summary>
    public IReadOnlyList<MilestoneReached> Milestones { get; init; } = [];
}
