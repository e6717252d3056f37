using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Presenters;

/// <summary>The one list of weekly self-check questions: one per week, rotating, the same in /review and the summary.</summary>
internal static class SelfCheck
{
    /// <summary>Counts whole weeks since 0001-01-01 (a Monday), so the rotation never jumps at New Year.</summary>
    public static string For(DateOnly monday) => Pick("SelfCheck_Questions", monday.DayNumber / 7);
}
