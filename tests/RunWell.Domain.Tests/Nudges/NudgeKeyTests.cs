using RunWell.Domain.Nudges;

namespace RunWell.Domain.Tests.Nudges;

/// <summary>The nudge key is encoded in one place; erasure finds a member's keys by the same encoder.</summary>
public sealed class NudgeKeyTests
{
    [Fact]
    public void A_members_keys_end_with_their_key_ending_and_no_one_elses()
    {
        var key = NudgePolicy.PeriodKey(new DateOnly(2026, 11, 25), 1234);

        Assert.Equal("2026-11-25:1234", key);
        Assert.EndsWith(NudgePolicy.PeriodKeyEnding(1234), key, StringComparison.Ordinal);
        Assert.False(key.EndsWith(NudgePolicy.PeriodKeyEnding(234), StringComparison.Ordinal));
    }
}
