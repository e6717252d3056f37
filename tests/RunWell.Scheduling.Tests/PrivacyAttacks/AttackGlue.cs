using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.Domain.Summaries;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests.PrivacyAttacks;

/// <summary>One day's group mood as a chart drew it (before and after averages).</summary>
internal sealed record DrawnMoodDay(DateOnly Date, double Before, double After);

/// <summary>One chart as drawn: the per-day mood values on it (none, by the rules) and the week's figure.</summary>
internal sealed record DrawnChart(IReadOnlyList<DrawnMoodDay> MoodDays, double? WeekFigure);

/// <summary>
/// Wraps the real presenter and records what each summary chart is drawn from: the chart's inputs are
/// part of what people see. The presenter draws the chart from the post's facts and nothing else, so
/// the facts it is handed are exactly the chart's inputs.
/// </summary>
internal sealed class ChartCapture(IPostPresenter inner) : IPostPresenter
{
    private readonly List<DrawnChart> _drawn = [];

    public IReadOnlyList<DrawnChart> Drawn
    {
        get { lock (_drawn) { return [.. _drawn]; } }
    }

    public void Clear()
    {
        lock (_drawn) { _drawn.Clear(); }
    }

    public Message Present(PostFacts facts, string? language)
    {
        if (facts is WeeklySummaryPost post && post.Days.Any(d => d.Minutes > 0))
        {
            // ChartDay carries minutes only: there is no per-day mood left to record.
            lock (_drawn) { _drawn.Add(new DrawnChart([], post.Mood.Value)); }
        }

        return inner.Present(facts, language);
    }
}

internal static class ServerSecret
{
    /// <summary>Gives the club another noise secret: another server with the very same members and entries.</summary>
    public static Task SetAsync(TestServices services, byte[] secret) =>
        services.QueryAsync(async db =>
        {
            var club = await db.Clubs.FindAsync(Commands.GuildId);
            club!.NoiseSecret = secret;
            return await db.SaveChangesAsync();
        });
}
