namespace RunWell.Domain.Reviews;

/// <summary>The five weekly self-check questions; one per week, rotating, the same for everyone that week.</summary>
public static class SelfCheckQuestions
{
    public static readonly IReadOnlyList<string> All =
    [
        "Which run this week left you feeling best, and what was different about it?",
        "Did any run leave you too wired to sleep, or more tired than before? What would you change?",
        "Was there a day you wanted to skip? What would have made 5 minutes possible?",
        "How are sleep, aches and stress overall? If they are getting worse, would easing off or talking to someone help?",
        "What time of day felt easiest to get out of the door? Could you keep that slot next week?",
    ];

    /// <summary>Counts whole weeks since 0001-01-01 (a Monday), so the rotation never jumps at New Year.</summary>
    public static string For(DateOnly monday) => All[monday.DayNumber / 7 % All.Count];
}
