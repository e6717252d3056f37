using RunWell.Domain.Milestones;

namespace RunWell.Domain.Tests.Milestones;

public sealed class MilestonePolicyTests
{
    [Fact]
    public void The_first_and_the_fifth_run_are_announced_when_reached()
    {
        Assert.Equal([(MilestoneKind.Runs, 1)], MilestonePolicy.Check(1, 1, []).Announce);
        Assert.Equal([(MilestoneKind.Runs, 5)], MilestonePolicy.Check(5, 1, [(MilestoneKind.Runs, 1)]).Announce);
        Assert.Empty(MilestonePolicy.Check(4, 1, [(MilestoneKind.Runs, 1)]).Record);
    }

    [Fact]
    public void A_recorded_milestone_is_never_announced_again()
    {
        var check = MilestonePolicy.Check(5, 1, [(MilestoneKind.Runs, 1), (MilestoneKind.Runs, 5)]);

        Assert.Empty(check.Record);
        Assert.Empty(check.Announce);
    }

    [Fact]
    public void A_long_time_member_gets_past_milestones_filled_in_quietly()
    {
        var check = MilestonePolicy.Check(37, 9, []);

        Assert.Equal(
            [(MilestoneKind.Runs, 1), (MilestoneKind.Runs, 5), (MilestoneKind.Runs, 10), (MilestoneKind.Runs, 25), (MilestoneKind.WeeksInARow, 4), (MilestoneKind.WeeksInARow, 8)],
            check.Record);
        Assert.Empty(check.Announce);
    }

    [Fact]
    public void Weeks_in_a_row_are_announced_at_the_week_they_reach()
    {
        var check = MilestonePolicy.Check(12, 4, [(MilestoneKind.Runs, 1), (MilestoneKind.Runs, 5), (MilestoneKind.Runs, 10)]);

        Assert.Equal([(MilestoneKind.WeeksInARow, 4)], check.Announce);
    }
}
