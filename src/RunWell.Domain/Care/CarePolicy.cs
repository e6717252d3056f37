namespace RunWell.Domain.Care;

/// <summary>
/// When to add one private, gentle line pointing to /help and the server's support text.
/// Deliberately simple: no diagnosis, no "risk detection", nobody alerted.
/// </summary>
public static class CarePolicy
{
    public const int LowMoodAtOrBelow = 2;
    public const int HighStressAtOrAbove = 9;

    public static bool ShouldSignpost(int? mood, int? stress) =>
        mood is <= LowMoodAtOrBelow || stress is >= HighStressAtOrAbove;
}
