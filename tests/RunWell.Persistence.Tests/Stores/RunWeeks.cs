using RunWell.Domain.Clubs;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;

namespace RunWell.Persistence.Tests.Stores;

/// <summary>
/// Runs around week boundaries (Sunday/Monday), across a year end and in another century, the same on
/// both providers: the weeks come from each provider's own date arithmetic.
/// </summary>
internal static class RunWeeks
{
    public const ulong GuildId = 1_288_000_000_000_777_001;
    public const ulong UserId = 1_288_000_000_000_777_101;
    private const ulong Other = 1_288_000_000_000_777_102;

    /// <summary>The club and its two members: runs belong to a member.</summary>
    public static IEnumerable<object> Owners() =>
    [
        new Club { GuildId = GuildId, Name = "Weeks", TimeZoneId = "Europe/London" },
        new Member { GuildId = GuildId, UserId = UserId, DisplayName = "Ann" },
        new Member { GuildId = GuildId, UserId = Other, DisplayName = "Bo" },
    ];

    public static IEnumerable<RunLog> Seed() =>
    [
        Run(UserId, new DateOnly(1999, 12, 31)), // Friday → Monday 27 December 1999
        Run(UserId, new DateOnly(2026, 1, 1)), // Thursday → Monday 29 December 2025
        Run(UserId, new DateOnly(2026, 11, 29)), // Sunday → Monday 23 November
        Run(UserId, new DateOnly(2026, 11, 30)), // Monday → itself
        Run(UserId, new DateOnly(2026, 12, 6)), // Sunday → Monday 30 November (same week, once)
        Run(Other, new DateOnly(2026, 11, 16)), // someone else's week: not theirs
    ];

    public static readonly DateOnly[] AllWeeks =
        [new(1999, 12, 27), new(2025, 12, 29), new(2026, 11, 23), new(2026, 11, 30)];

    public static readonly DateOnly From = new(2026, 11, 23);

    public static readonly DateOnly[] WeeksFrom = [new(2026, 11, 23), new(2026, 11, 30)];

    private static RunLog Run(ulong userId, DateOnly date)
    {
        var at = date.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        return new RunLog
        {
            GuildId = GuildId, UserId = userId, AtUtc = at, LocalDate = date, LocalTime = new TimeOnly(8, 0),
            Minutes = 20, CreatedAtUtc = at,
        };
    }
}
