using System.Globalization;
using RunWell.Domain.Entries;
using RunWell.Domain.Time.Phrases;

namespace RunWell.Domain.Time;

/// <summary>The outcome of reading a <c>when</c> option: an instant, or the problem saying why not.</summary>
public readonly record struct WhenResult(DateTime? Utc, Problem? Error)
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
            return new(null, Unreadable(reading.Problem, text ?? "", nowUtc, zone));
        }

        var utc = reading.Utc!.Value;
        if (utc > nowUtc + EntryLimits.FutureTolerance)
        {
            return new(null, new Problem(ProblemKind.WhenInFuture, "when"));
        }

        if (utc < nowUtc - TimeSpan.FromDays(EntryLimits.MaxBackdateDays))
        {
            return new(null, new Problem(ProblemKind.WhenTooOld, "when", EntryLimits.MaxBackdateDays));
        }

        return new(utc, null);
    }

    /// <summary>
    /// Why a phrase could not be read. Args: what was sent, then a date two days before today in the
    /// member's zone (yyyy-MM-dd), so the examples the presenter shows stay true.
    /// </summary>
    private static Problem Unreadable(TimePhraseProblem problem, string text, DateTime nowUtc, TimeZoneInfo zone)
    {
        var twoDaysAgo = LocalClock.LocalDate(nowUtc, zone).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var kind = problem switch
        {
            TimePhraseProblem.ForeignNumerals => ProblemKind.WhenForeignNumerals,
            TimePhraseProblem.AmbiguousDate => ProblemKind.WhenAmbiguousDate,
            TimePhraseProblem.NoSuchTime => ProblemKind.WhenNoSuchTime,
            TimePhraseProblem.NoSuchDate => ProblemKind.WhenNoSuchDate,
            _ => ProblemKind.WhenUnreadable,
        };
        return new Problem(kind, "when", text, twoDaysAgo);
    }
}
