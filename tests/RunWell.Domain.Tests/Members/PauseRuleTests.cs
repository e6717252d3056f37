using RunWell.Domain.Members;

namespace RunWell.Domain.Tests.Members;

/// <summary>The one "pause in force" rule every store queries with.</summary>
public sealed class PauseRuleTests
{
    private static readonly DateTime Start = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<DateTime, bool> Moments => new()
    {
        { Start.AddTicks(-1), false },
        { Start, true },
        { End.AddTicks(-1), true },
        { End, false },
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public void A_pause_is_in_force_from_its_start_until_just_before_its_end(DateTime at, bool inForce)
    {
        var pause = new Pause { StartUtc = Start, EndUtc = End };

        Assert.Equal(inForce, Pause.ActiveAt(at).Compile()(pause));
    }
}
