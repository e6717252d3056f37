namespace RunWell.Domain.Summaries;

/// <summary>The weekly summary's words: warm, about showing up, never about pace or distance.</summary>
public static class SummaryCopy
{
    private static readonly string[] SelfCheck =
    [
        "Which run this week left you feeling best, and what was different about it?",
        "Did any run leave you too wired to sleep? Would an earlier slot help?",
        "What made it easier to get out the door this week?",
        "Is there a 5-minute version of a run you could keep for tough days?",
        "How did you talk to yourself on a day you didn't run? Would you say that to a friend?",
        "Which time of day seems to lift your mood the most?",
        "Is anything (sleep, pain, worry) asking you to ease off this week?",
    ];

    /// <summary>One question per week, rotating, the same for every server in that week.</summary>
    public static string SelfCheckFor(int isoWeek) => SelfCheck[isoWeek % SelfCheck.Length];

    public const string QuietWeek =
        "A quiet week on the log, and that's OK: rest is part of running. A 5-minute jog-walk is a perfectly good way back in. 🌱";
}
