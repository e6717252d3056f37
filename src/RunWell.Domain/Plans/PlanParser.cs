using System.Globalization;
using System.Text;
using RunWell.Domain.Clubs;

namespace RunWell.Domain.Plans;

/// <summary>Why typed days and times were refused; the bot words it, with <see cref="PlanParseResult.Word"/>.</summary>
public enum PlanProblem
{
    NoDays,
    UnknownWord,
    BadTime,
    TimeWithoutDay,
    MissingTime,
    DuplicateDay,
    MinutesOutOfRange,
}

/// <summary>Slots Monday first, or the first problem found (and the word that caused it, as typed).</summary>
public sealed record PlanParseResult(IReadOnlyList<PlanSlot> Slots, PlanProblem? Problem, string? Word = null)
{
    public bool Ok => Problem is null;

    public static PlanParseResult Fail(PlanProblem problem, string? word = null) => new([], problem, word);
}

/// <summary>
/// Reads the days a member types for /plan set: English and Spanish day names and abbreviations, with or
/// without accents, separated by spaces, commas or "and"/"y"; a time after one or more days applies to
/// those days (<c>tue thu 07:00 sat 09:30</c>); days left without one take the <c>time</c> option.
/// Pure, so every rule is tested alone; nothing is stored until it succeeds.
/// </summary>
public static class PlanParser
{
    private static readonly char[] Separators = [' ', '\t', '\n', ',', ';', '/', '+', '&', '·'];

    private static readonly HashSet<string> Fillers = ["and", "y", "e", "at", "a", "las", "@"];

    private static readonly Dictionary<string, DayOfWeek> Days = BuildDays();

    public static PlanParseResult Parse(string? days, string? time)
    {
        TimeOnly? fallback = null;
        if (!string.IsNullOrWhiteSpace(time))
        {
            if (!SlotText.TryParseTime(time, out var parsed))
            {
                return PlanParseResult.Fail(PlanProblem.BadTime, time.Trim());
            }

            fallback = parsed;
        }

        var slots = new Dictionary<DayOfWeek, TimeOnly?>();
        var waiting = new List<DayOfWeek>();
        foreach (var raw in (days ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Fold(raw);
            if (Fillers.Contains(word))
            {
                continue;
            }

            if (Days.TryGetValue(word.TrimEnd('.'), out var day))
            {
                if (!slots.TryAdd(day, null))
                {
                    return PlanParseResult.Fail(PlanProblem.DuplicateDay, raw);
                }

                waiting.Add(day);
                continue;
            }

            if (!word.Any(char.IsAsciiDigit))
            {
                return PlanParseResult.Fail(PlanProblem.UnknownWord, raw);
            }

            if (!SlotText.TryParseTime(word, out var at))
            {
                return PlanParseResult.Fail(PlanProblem.BadTime, raw);
            }

            if (waiting.Count == 0)
            {
                return PlanParseResult.Fail(PlanProblem.TimeWithoutDay, raw);
            }

            waiting.ForEach(d => slots[d] = at);
            waiting.Clear();
        }

        if (slots.Count == 0)
        {
            return PlanParseResult.Fail(PlanProblem.NoDays);
        }

        if (fallback is null && waiting.Count > 0)
        {
            return PlanParseResult.Fail(PlanProblem.MissingTime, waiting[0].ToString());
        }

        return new PlanParseResult([.. slots.Select(s => new PlanSlot(s.Key, s.Value ?? fallback!.Value)).OrderBy(s => MondayFirst(s.Day))], null);
    }

    /// <summary>Monday = 0 … Sunday = 6: the order a member's week is shown in.</summary>
    public static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>Lower case without accents, so "Miércoles", "MIERCOLES" and "mié" all read the same.</summary>
    private static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, DayOfWeek> BuildDays()
    {
        var names = new (DayOfWeek Day, string[] Words)[]
        {
            (DayOfWeek.Monday, ["monday", "mon", "mo", "lunes", "lun", "lu", "l"]),
            (DayOfWeek.Tuesday, ["tuesday", "tue", "tues", "tu", "martes", "mar", "ma", "m"]),
            (DayOfWeek.Wednesday, ["wednesday", "wed", "we", "miercoles", "mie", "mi", "x"]),
            (DayOfWeek.Thursday, ["thursday", "thu", "thur", "thurs", "th", "jueves", "jue", "ju", "j"]),
            (DayOfWeek.Friday, ["friday", "fri", "fr", "viernes", "vie", "vi", "v"]),
            (DayOfWeek.Saturday, ["saturday", "sat", "sa", "sabado", "sab", "s"]),
            (DayOfWeek.Sunday, ["sunday", "sun", "su", "domingo", "dom", "do", "d"]),
        };
        return names.SelectMany(n => n.Words.Select(w => (w, n.Day))).ToDictionary(p => p.w, p => p.Day, StringComparer.Ordinal);
    }
}
