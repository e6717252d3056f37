using System.Security.Cryptography;
using RunWell.Domain.Summaries;

namespace RunWell.Domain.Tests.Summaries;

/// <summary>The figure's noise: the properties docs/privacy.md rests its bound on.</summary>
public sealed class GroupMoodFigureTests
{
    private static readonly DateTime Release = new(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc);

    private static byte[] Secret(int server) => SHA256.HashData(BitConverter.GetBytes(server));

    [Fact]
    public void The_noise_step_is_flat_over_minus_two_to_plus_two_so_a_zero_step_comes_one_time_in_five()
    {
        var counts = new int[5];
        for (var server = 0; server < 5000; server++)
        {
            counts[GroupMoodFigure.NoiseStep(Secret(server), $"42:2026-W{1 + (server % 52)}") + 2]++;
        }

        // 1000 expected per step; 4.5 standard deviations (±135) for a fixed, seeded sample.
        Assert.All(counts, c => Assert.InRange(c, 865, 1135));
        Assert.Equal(0.2, GroupMoodFigure.MaxExactShare, 10);
    }

    [Fact]
    public void The_same_window_always_gets_the_same_step_and_another_window_its_own()
    {
        var steps = Enumerable.Range(1, 40).Select(w => GroupMoodFigure.NoiseStep(Secret(7), $"42:2026-W{w}")).ToList();

        Assert.Equal(steps, Enumerable.Range(1, 40).Select(w => GroupMoodFigure.NoiseStep(Secret(7), $"42:2026-W{w}")));
        Assert.True(steps.Distinct().Count() > 1, "Every window drew the same step.");
    }

    [Theory]
    [InlineData(new[] { 3.0, 3.0, 3.0 })]
    [InlineData(new[] { 2.0, 2.0, 2.0, 0.0 })]
    [InlineData(new[] { 1.0, -2.0, 4.0, 0.5, 1.5 })]
    [InlineData(new[] { 9.0, 9.0, 9.0 })]
    public void The_figure_is_on_the_half_point_grid_and_never_more_than_a_point_and_a_quarter_off(double[] means)
    {
        var mean = means.Average();
        for (var server = 0; server < 200; server++)
        {
            var figure = GroupMoodFigure.Release(means, Secret(server), "42:2026-W48", Release);

            Assert.Equal(MoodFigureState.Shown, figure.State);
            Assert.Equal(0, figure.Value!.Value * 2 % 1);
            Assert.InRange(figure.Value.Value, Math.Max(-9, mean - 1.25), Math.Min(9, mean + 1.25));
            Assert.Null(figure.ExactMembers);
        }
    }

    [Fact]
    public void Two_members_get_no_figure_and_ten_get_their_exact_count()
    {
        Assert.Equal(MoodFigureState.TooFewMembers, GroupMoodFigure.Release([2, 2], Secret(1), "k", Release).State);
        Assert.Equal(10, GroupMoodFigure.Release(Enumerable.Repeat(1.0, 10).ToList(), Secret(1), "k", Release).ExactMembers);
    }
}
