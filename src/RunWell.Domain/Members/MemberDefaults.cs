namespace RunWell.Domain.Members;

public static class MemberDefaults
{
    public const int NudgeAfterDays = 4;
    public const int MinNudgeAfterDays = 2;
    public const int MaxNudgeAfterDays = 14;
    public const int PauseDays = 7;
    public const int MaxPauseDays = 60;
    public const int PauseReasonMaxLength = 200;
    public static readonly TimeSpan NudgeSnooze = TimeSpan.FromDays(3);
}
