using System.Globalization;
using RunWell.Bot.Charts;
using RunWell.Domain.Messaging;
using RunWell.Domain.Milestones;
using RunWell.Domain.Summaries;
using RunWell.Domain.Time;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Presenters;

/// <summary>
/// The weekly summary post: warm, about showing up, never about pace or distance. The numbers come
/// first, then the week's one group mood figure (or why it is not shown) and the self-check question.
/// </summary>
internal static class SummaryPresenter
{
    public const string ChartFileName = "week.png";

    /// <summary>The shout-out names this many members at most, then says how many more showed up.</summary>
    public const int MaxNamed = 50;

    public static Message Present(WeeklySummaryPost post)
    {
        var window = post.Window;
        var heading = Rich("Summary_Heading", Dates.Day(window.From), Dates.Day(window.To));
        var opening = post.Runs == 0 ? Rich("Summary_QuietWeek") : ShoutOut(post.Runners, post.UnnamedRunners);
        if (post.Milestones.Count > 0)
        {
            opening += "\n" + Milestones(post.Milestones);
        }

        var figure = post.Mood.Value is { } value ? Signed(value) : null;
        var png = post.Days.Any(d => d.Minutes > 0) ? WeeklySummaryChart.RenderPng(post.Days, figure) : null;

        var card = new Card(Get("Summary_CardTitle"), RichText.Empty)
        {
            Fields =
            [
                new(Get("Summary_ActiveMembers"), Number(post.ActiveMembers)),
                new(Get("Summary_Runs"), Number(post.Runs)),
                new(Get("Summary_Minutes"), Number(post.Minutes)),
                new(Get("Summary_MicroRuns"), Number(post.MicroRuns)),
                new(Get("Summary_BuddyAnswers"), Number(post.BuddyAnswers)),
                .. GroupRuns(post),
                new(Get("Summary_MoodTitle"), MoodLine(post.Mood), Inline: false),
                new(Get("Summary_SelfCheckTitle"), SelfCheck.For(WeekWindow.MondayOf(window.To)) + "\n" + Rich("Summary_Spirit"), Inline: false),
            ],
            Footer = Get("Summary_Footer"),
            ImageFileName = png is null ? null : ChartFileName,
        };

        // Mentions render as names for everyone, but nobody is pinged by a summary.
        return new Message(heading + "\n" + opening)
        {
            Cards = [card],
            Files = png is null ? [] : [new FileAttachment(ChartFileName, png, Get(figure is null ? "Summary_ChartDescription" : "Summary_ChartDescriptionMood"))],
        };
    }

    /// <summary>Group runs only in a week that had some: how many, and how many came (a count, never a mood).</summary>
    private static CardField[] GroupRuns(WeeklySummaryPost post) =>
        post.GroupRuns == 0 ? [] : [new(Get("Summary_GroupRuns"), Get("Summary_GroupRunsValue", Number(post.GroupRuns), Number(post.GroupRunArrivals)))];

    /// <summary>Names who ran, except who turned the shout-out off; "and more of you" (never how many) when some are not named.</summary>
    private static RichText ShoutOut(IReadOnlyList<ulong> runners, int unnamed)
    {
        if (runners.Count == 0)
        {
            return Rich("Summary_ShoutOutAll");
        }

        var shown = runners.Take(MaxNamed).Select(u => RichText.Of(new UserPart(u))).ToList();
        return unnamed > 0 || runners.Count > MaxNamed
            ? Rich("Summary_ShoutOut", Rich("Summary_ShoutOutMore", RichText.Join(Get("List_Separator"), shown)))
            : Rich("Summary_ShoutOut", Names.Of(shown));
    }

    /// <summary>Who reached what, for members who asked to be celebrated: the milestone only, at most <see cref="MaxNamed"/> names.</summary>
    private static RichText Milestones(IReadOnlyList<MilestoneReached> milestones) =>
        Rich("Summary_Milestones", RichText.Join(" · ", milestones
            .GroupBy(m => m.UserId)
            .OrderBy(g => g.Key)
            .Take(MaxNamed)
            .Select(g => Rich("Summary_MilestoneOf", new UserPart(g.Key),
                string.Join(", ", g.OrderBy(m => m.Kind).ThenBy(m => m.Count).Select(Copy.MilestoneCopy.InSummary))))));

    private static RichText MoodLine(MoodFigure mood) => mood.State switch
    {
        MoodFigureState.WindowOpen => Rich("Summary_MoodOpen", TimestampPart.Utc(mood.ReleaseUtc)),
        MoodFigureState.TooFewMembers => Rich("Summary_MoodHidden"),
        _ => Rich("Summary_Mood", Signed(mood.Value!.Value),
            mood.ExactMembers is { } n ? Rich("Summary_MoodFromMembers", n) : Rich("Summary_MoodFromAFew")),
    };

    /// <summary>The figure with its sign: "+1.5", "−0.5", "±0.0".</summary>
    private static string Signed(double value) =>
        (value > 0 ? "+" : value < 0 ? "−" : "±") + Math.Abs(value).ToString("0.0", CultureInfo.CurrentUICulture);

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentUICulture);
}
