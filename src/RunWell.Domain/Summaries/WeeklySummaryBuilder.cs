using System.Globalization;
using System.Text;
using RunWell.Domain.Messaging;

namespace RunWell.Domain.Summaries;

/// <summary>The summarised days: the seven local days ending on the summary's day.</summary>
public sealed record SummaryWindow(DateOnly From, DateOnly To, string PeriodKey, int IsoWeek);

/// <summary>
/// Turns a week's aggregates into the group post. Pure: the privacy rules live here and are tested
/// without a database. Mood is shown only from <see cref="SummaryCopy.MinMoodContributors"/> members up;
/// the shout-out names everyone who ran without counts per person, so nothing reads as a ranking.
/// </summary>
public static class WeeklySummaryBuilder
{
    public const string ChartFileName = "week.png";

    /// <summary>Room left in a Discord message's 2,000 characters for the shout-out's mentions.</summary>
    private const int ShoutOutBudget = 1700;

    public static IReadOnlyList<ChartDay> ChartDays(SummaryWindow window, WeekAggregates week)
    {
        var byDate = week.Days.ToDictionary(d => d.Date);
        return [.. Enumerable.Range(0, window.To.DayNumber - window.From.DayNumber + 1).Select(i =>
        {
            var date = window.From.AddDays(i);
            if (!byDate.TryGetValue(date, out var day))
            {
                return new ChartDay(date, 0, null, null);
            }

            var showMood = day.MoodContributors >= SummaryCopy.MinMoodContributors;
            return new ChartDay(date, day.Minutes, showMood ? day.MoodBefore : null, showMood ? day.MoodAfter : null);
        })];
    }

    public static Message Build(SummaryWindow window, WeekAggregates week, byte[]? chartPng)
    {
        var active = week.Runners.Select(r => r.UserId).Concat(week.CheckedIn).Distinct().Count();
        var runs = week.Runners.Sum(r => r.Runs);
        var minutes = week.Runners.Sum(r => r.Minutes);
        var range = $"{Day(window.From)} – {Day(window.To)}";

        var text = new StringBuilder($"**Our week together** · {range}\n");
        text.Append(runs == 0 ? SummaryCopy.QuietWeek : ShoutOut(week.Runners));

        var body = new StringBuilder();
        body.Append(MoodLine(week.MoodChange)).Append("\n\n");
        body.Append("**Self-check:** ").Append(SummaryCopy.SelfCheckFor(window.IsoWeek)).Append('\n');
        body.Append("_Consistency over performance: every run counts the same here._");

        var card = new Card("This week in numbers", body.ToString())
        {
            Fields =
            [
                new("Active members", Number(active)),
                new("Runs", Number(runs)),
                new("Minutes", Number(minutes)),
                new("Micro-runs", Number(week.MicroRuns)),
                new("Buddy check-ins", Number(week.BuddyAnswers)),
            ],
            Footer = "Mood appears only as a group average, and only when at least 3 members contributed.",
            ImageFileName = chartPng is null ? null : ChartFileName,
        };

        return new Message(text.ToString())
        {
            Cards = [card],
            Files = chartPng is null ? [] : [new FileAttachment(ChartFileName, chartPng, "Minutes per day and group mood before and after runs")],

            // Mentions render as names for everyone, but nobody is pinged by a summary.
            PingUserIds = [],
        };
    }

    private static string ShoutOut(IReadOnlyList<RunnerCount> runners)
    {
        var text = new StringBuilder("Shout-out to everyone who showed up: ");
        var named = 0;
        foreach (var runner in runners.OrderBy(r => r.UserId))
        {
            var mention = Mention.User(runner.UserId);
            if (text.Length + mention.Length + 2 > ShoutOutBudget)
            {
                break;
            }

            text.Append(named == 0 ? "" : ", ").Append(mention);
            named++;
        }

        if (named < runners.Count)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {runners.Count - named} more of you");
        }

        return text.Append(". 💛").ToString();
    }

    private static string MoodLine(MoodAggregate mood)
    {
        if (mood.Average is not { } average || mood.Contributors < SummaryCopy.MinMoodContributors)
        {
            return "Group mood change isn't shown this week (fewer than 3 members logged a before and after).";
        }

        var sign = average >= 0 ? "+" : "−";
        return string.Create(CultureInfo.InvariantCulture,
            $"Average mood change from before to after a run: **{sign}{Math.Abs(average):0.0}** (from {mood.Contributors} members).");
    }

    private static string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
