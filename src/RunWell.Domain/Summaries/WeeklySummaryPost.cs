using RunWell.Domain.Milestones;
using RunWell.Domain.Posts;

namespace RunWell.Domain.Summaries;

/// <summary>
/// The group's week, as the summary post shows it: counts, everyone who ran (never ranked, never a
/// count per person), and the week's one group mood figure, or why it is not shown.
/// </summary>
/// <param name="Runners">Members with at least one run who may be named, in a fixed order that says nothing about how much.</param>
/// <param name="Mood">The week's one group mood figure, or the reason it is not shown.</param>
/// <param name="Days">One entry per day of the window, for the chart.</param>
public sealed record WeeklySummaryPost(
    SummaryWindow Window,
    int ActiveMembers,
    int Runs,
    int Minutes,
    int MicroRuns,
    int BuddyAnswers,
    IReadOnlyList<ulong> Runners,
    MoodFigure Mood,
    IReadOnlyList<ChartDay> Days) : PostFacts
{
    /// <summary>Runners who turned the shout-out off (<c>/profile shoutout off</c>): counted, never named.</summary>
    public int UnnamedRunners { get; init; }

    /// <summary>Milestones reached this week by members who asked to be celebrated (/profile celebrate).</summary>
    public IReadOnlyList<MilestoneReached> Milestones { get; init; } = [];

    /// <summary>Group runs held in the window (cancelled ones not counted).</summary>
    public int GroupRuns { get; init; }

    /// <summary>"I was there" presses at those runs: how many came. A count only, never who or how they felt.</summary>
    public int GroupRunArrivals { get; init; }
}
