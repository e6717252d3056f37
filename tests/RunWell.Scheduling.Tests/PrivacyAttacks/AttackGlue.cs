using RunWell.Domain.Summaries;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests.PrivacyAttacks;

/// <summary>One day's group mood as a chart drew it (before and after averages).</summary>
internal sealed record DrawnMoodDay(DateOnly Date, double Before, double After);

/// <summary>One chart as drawn: the per-day mood values on it (none, by the rules) and the week's figure.</summary>
internal sealed record DrawnChart(IReadOnlyList<DrawnMoodDay> MoodDays, double? WeekFigure);

/// <summary>Records what the summary chart was asked to draw: the chart's inputs are part of what people see.</summary>
internal sealed class ChartCapture : ISummaryChart
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

    public byte[] RenderPng(IReadOnlyList<ChartDay> days, double? weekMoodChange)
    {
        // ChartDay carries minutes only: there is no per-day mood left to record.
        lock (_drawn) { _drawn.Add(new DrawnChart([], weekMoodChange)); }
        return [0x89, 0x50, 0x4E, 0x47];
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
