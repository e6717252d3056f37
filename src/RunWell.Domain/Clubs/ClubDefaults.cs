namespace RunWell.Domain.Clubs;

/// <summary>The product's default slots and limits (product.md, "Scheduled posts").</summary>
public static class ClubDefaults
{
    public const DayOfWeek SummaryDay = DayOfWeek.Sunday;
    public static readonly TimeOnly SummaryTime = new(18, 0);
    public const DayOfWeek PairingDay = DayOfWeek.Monday;
    public static readonly TimeOnly PairingTime = new(9, 0);
    public const DayOfWeek CheckInDay = DayOfWeek.Thursday;
    public static readonly TimeOnly CheckInTime = new(18, 0);
    public static readonly TimeOnly NudgeTime = new(17, 0);
    public static readonly TimeOnly RetentionTime = new(3, 0);

    public const int RetentionDays = 365;
    public const int MinRetentionDays = 30;
    public const int MaxRetentionDays = 3650;
    public const int SupportTextMaxLength = 1000;

    /// <summary>How long a removed server's data is kept in case the bot is added back.</summary>
    public static readonly TimeSpan RemovedServerGrace = TimeSpan.FromDays(30);
}
