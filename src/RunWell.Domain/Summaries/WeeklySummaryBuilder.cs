using System.Globalization;
using System.Text;
using RunWell.Domain.Messaging;
using RunWell.Domain.Milestones;

namespace RunWell.Domain.Summaries;

/// <summary>The summarised days: the seven local days ending on the summary's day.</summary>
public sealed record SummaryWindow(DateOnly From, DateOnly To, string PeriodKey, int IsoWeek);

/// <summary>
/// Turns a week's aggregates into the group post. Pure: the privacy rules live here and are tested
/// without a database. Mood appears only as the week's one <see cref="MoodFigure"/> (see
/// <see cref="GroupMoodFigure"/>); the chart carries minutes per day only. The shout-out names everyone
/// who ran (except members who turned it off) without counts per person, so nothing reads as a ranking.
/// </summary>
public static class WeeklySummaryBuilder
{
    public const string ChartFileName = "week.png";

    /// <summary>Room left in a Discord message's 2,000 characters for the shout-out's mentions.</summary>
    private const int ShoutOutBudget = 1500;

    /// <summary>Room for the milestones line, inside what the shout-out leaves of the 2,000 characters.</summary>
    private const int MilestoneBudget = 250;

    /// <summary>Minutes per day for the chart; mood never appears per day anywhere public.</summary>
    public static IReadOnlyList<ChartDay> ChartDays(SummaryWindow window, WeekAggregates week)
    {
        var byDate = week.Days.ToDictionary(d => d.Date);
        return [.. Enumerable.Range(0, window.To.DayNumber - window.From.DayNumber + 1).Select(i =>
        {
            var date = window.From.AddDays(i);
            return new ChartDay(date, byDate.TryGetValue(date, out var day) ? day.Minutes : 0);
        })];
    }

    /// <param name="milestones">Milestones of members who opted in to being celebrated (counts only).</param>
    public static Message Build(SummaryWindow window, WeekAggregates week, MoodFigure mood, byte[]? chartPng, IReadOnlyList<MilestoneReached>? milestones = null)
    {
        var active = week.Runners.Select(r => r.UserId).Concat(week.CheckedIn).Distinct().Count();
        var runs = week.Runners.Sum(r => r.Runs);
        var minutes = week.Runners.Sum(r => r.Minutes);
        var range = $"{Day(window.From)} – {Day(window.To)}";

        var text = new StringBuilder($"**Our week together** · {range}\n");
        text.Append(runs == 0 ? SummaryCopy.QuietWeek : ShoutOut(week.Runners, week.HiddenFromShoutOut));
        text.Append(Milestones(milestones ?? []));

        var body = new StringBuilder();
        body.Append(MoodLine(mood)).Append("\n\n");
        body.Append("**Self-check:** ").Append(SummaryCopy.SelfCheckFor(window.IsoWeek)).Append('\n');
        body.Append("_Consistency over performance: every run counts the same here._");

        CardField[] fields =
        [
            new("Active members", Number(active)),
            new("Runs", Number(runs)),
            new("Minutes", Number(minutes)),
            new("Micro-runs", Number(week.MicroRuns)),
            new("Buddy check-ins", Number(week.BuddyAnswers)),
        ];

        // Group runs only when there were some: how many, and how many came (a count, never a mood).
        if (week.GroupRuns > 0)
        {
            fields = [.. fields, new("Group runs", $"{Number(week.GroupRuns)} · {Number(week.GroupRunArrivals)} came")];
        }

        var card = new Card("This week in numbers", body.ToString())
        {
            Fields = fields,
            Footer = "Mood appears only as one rounded group figure per completed week, from at least 3 members, each counted once.",
            ImageFileName = chartPng is null ? null : ChartFileName,
        };

        return new Message(text.ToString())
        {
            Cards = [card],
            Files = chartPng is null ? [] : [new FileAttachment(ChartFileName, chartPng, mood.Value is null ? "Minutes run per day" : "Minutes run per day and the week's one group mood figure")],

            // Mentions render as names for everyone, but nobody is pinged by a summary.
            PingUserIds = [],
        };
    }

    private static string ShoutOut(IReadOnlyList<RunnerCount> runners, IReadOnlySet<ulong> hidden)
    {
        var text = new StringBuilder("Shout-out to everyone who showed up: ");
        var named = 0;
        var unnamed = 0;
        foreach (var runner in runners.OrderBy(r => r.UserId))
        {
            if (hidden.Contains(runner.UserId))
            {
                unnamed++;
                continue;
            }

            var mention = Mention.User(runner.UserId);
            if (text.Length + mention.Length + 2 > ShoutOutBudget)
            {
                unnamed++;
                continue;
            }

            text.Append(named == 0 ? "" : ", ").Append(mention);
            named++;
        }

        if (named == 0)
        {
            return "Shout-out to everyone who showed up this week. 💛";
        }

        if (unnamed > 0)
        {
            text.Append(" and more of you");
        }

        return text.Append(". 💛").ToString();
    }

    /// <summary>One line naming who reached what, for members who asked to be celebrated; the count only.</summary>
    private static string Milestones(IReadOnlyList<MilestoneReached> milestones)
    {
        var named = milestones
            .GroupBy(m => m.UserId)
            .OrderBy(g => g.Key)
            .Select(g => Mention.User(g.Key) + " " + string.Join(" and ", g.OrderBy(m => m.Kind).ThenBy(m => m.Count).Select(MilestoneText)))
            .ToList();
        var line = new StringBuilder();
        foreach (var part in named)
        {
            if (line.Length + part.Length > MilestoneBudget)
            {
                break;
            }

            line.Append(line.Length == 0 ? "\n🎉 Milestones: " : " · ").Append(part);
        }

        return line.ToString();
    }

    private static string MilestoneText(MilestoneReached m) => m.Kind == MilestoneKind.Runs
        ? (m.Count == 1 ? "their first run" : string.Create(CultureInfo.InvariantCulture, $"{m.Count} runs"))
        : string.Create(CultureInfo.InvariantCulture, $"{m.Count} weeks in a row");

    private static string MoodLine(MoodFigure mood)
    {
        switch (mood.State)
        {
            case MoodFigureState.WindowOpen:
                return "Group mood change: not shown while the week is still open. It appears in the post at " +
                    Mention.Time(new DateTimeOffset(mood.ReleaseUtc, TimeSpan.Zero), 'f') +
                    ", once, if at least 3 members logged a before and after (each member counted once, rounded to 0.5, with a little noise).";
            case MoodFigureState.TooFewMembers:
                return "Group mood change isn't shown this week (fewer than 3 members logged a before and after).";
        }

        var value = mood.Value!.Value;
        var sign = value > 0 ? "+" : value < 0 ? "−" : "±";
        var from = mood.ExactMembers is { } n ? $"from {Number(n)} members" : "from a few members";
        return string.Create(CultureInfo.InvariantCulture,
            $"Group mood change from before to after a run, this week: **about {sign}{Math.Abs(value):0.0}** ({from}, each counted once).");
    }

    private static string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
