using System.Globalization;
using RunWell.Domain.Entries;
using RunWell.Domain.Time.Phrases;

namespace RunWell.Domain.Time;

/// <summary>The outcome of reading a <c>when</c> option: an instant, or a friendly reason why not.</summary>
public readonly record struct WhenResult(DateTime? Utc, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Reads a backdated <c>when</c> with <see cref="TimePhrase"/> (every form members type, English and
/// Spanish, digits of any script) and keeps it inside the window: at most 7 days back, never in the future.
/// </summary>
public static class WhenParser
{
    public static WhenResult Parse(string? text, DateTime nowUtc, TimeZoneInfo zone)
    {
        var reading = TimePhrase.ReadPast(text, nowUtc, zone);
        if (!reading.Ok)
        {
            return new(null, Problem(reading.Problem, text ?? "", nowUtc, zone));
        }

        var utc = reading.Utc!.Value;
        if (utc > nowUtc + EntryLimits.FutureTolerance)
        {
            return new(null, "**when** is in the future. Log runs once they have happened, up to 7 days back " +
                "(for last night, type `yesterday 21:00`).");
        }

        if (utc < nowUtc - TimeSpan.FromDays(EntryLimits.MaxBackdateDays))
        {
            return new(null, $"**when** can go back at most {EntryLimits.MaxBackdateDays} days. Older runs still counted in spirit. 💛");
        }

        return new(utc, null);
    }

    /// <summary>Examples that stay true: relative words, and a date two days before today in the member's zone.</summary>
    public static string Examples(DateTime nowUtc, TimeZoneInfo zone)
    {
        var twoDaysAgo = LocalClock.LocalDate(nowUtc, zone).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"`yesterday 18:30`, `mon 7am`, `this morning`, `3 hours ago` or `{twoDaysAgo} 07:15`";
    }

    // Words kept together here so the one-voice catalog can take them in one move.
    private static string Problem(TimePhraseProblem problem, string text, DateTime nowUtc, TimeZoneInfo zone) => problem switch
    {
        TimePhraseProblem.ForeignNumerals =>
            $"**when** has numerals I can't read (\"{Shorten(text)}\"). Digits in any script work, like `18:30` or `١٨:٣٠`; try {Examples(nowUtc, zone)}.",
        TimePhraseProblem.AmbiguousDate =>
            $"**when** = \"{Shorten(text)}\" could be two different dates. Write the month as a word (`20 nov`) or use year-month-day; try {Examples(nowUtc, zone)}.",
        TimePhraseProblem.NoSuchTime =>
            $"**when** = \"{Shorten(text)}\" isn't a time on the clock. Use 0:00–23:59 or 1–12 with am/pm, like `18:30` or `6:30pm`.",
        TimePhraseProblem.NoSuchDate =>
            $"**when** = \"{Shorten(text)}\" isn't a date on the calendar. Try {Examples(nowUtc, zone)}.",
        _ => $"I couldn't read **when** = \"{Shorten(text)}\". Try {Examples(nowUtc, zone)}.",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
