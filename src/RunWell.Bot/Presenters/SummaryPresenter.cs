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
/// first, then the mood line (only when the domain left one) and the week's self-check question.
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
        var opening = post.Runs == 0 ? Rich("Summary_QuietWeek") : ShoutOut(post.Runners);
        if (post.Milestones.Count > 0)
        {
            opening += "\n" + Milestones(post.Milestones);
        }

        var png = post.Days.Any(d => d.Minutes > 0) ? WeeklySummaryChart.RenderPng(post.Days) : null;

        var card = new Card(Get("Summary_CardTitle"), RichText.Empty)
        {
            Fields =
            [
                new(Get("Summary_ActiveMembers"), Number(post.ActiveMembers)),
                new(Get("Summary_Runs"), Number(post.Runs)),
                new(Get("Summary_Minutes"), Number(post.Minutes)),
                new(Get("Summary_MicroRuns"), Number(post.MicroRuns)),
                new(Get("Summary_BuddyAnswers"), Number(post.BuddyAnswers)),
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
            Files = png is null ? [] : [new FileAttachment(ChartFileName, png, Get("Summary_ChartDescription"))],
        };
    }

    private static RichText ShoutOut(IReadOnlyList<ulong> runners)
    {
        var named = Names.Of([.. runners.Take(MaxNamed)], ping: false);
        return Rich("Summary_ShoutOut", runners.Count > MaxNamed ? Rich("Summary_ShoutOutMore", named, runners.Count - MaxNamed) : named);
    }

    /// <summary>Who reached what, for members who asked to be celebrated: the milestone only, at most <see cref="MaxNamed"/> names.</summary>
    private static RichText Milestones(IReadOnlyList<MilestoneReached> milestones) =>
        Rich("Summary_Milestones", RichText.Join(" · ", milestones
            .GroupBy(m => m.UserId)
            .OrderBy(g => g.Key)
            .Take(MaxNamed)
            .Select(g => Rich("Summary_MilestoneOf", new UserPart(g.Key),
                string.Join(", ", g.OrderBy(m => m.Kind).ThenBy(m => m.Count).Select(Copy.MilestoneCopy.InSummary))))));

    private static RichText MoodLine(MoodAggregate? mood)
    {
        if (mood?.Average is not { } average)
        {
            return Rich("Summary_MoodHidden");
        }

        var sign = average >= 0 ? "+" : "−";
        return Rich("Summary_Mood", sign + Math.Abs(average).ToString("0.0", CultureInfo.CurrentUICulture), mood.Contributors);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentUICulture);
}
