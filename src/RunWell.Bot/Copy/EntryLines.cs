using RunWell.Domain.Entries;

namespace RunWell.Bot.Copy;

/// <summary>One compact line per entry, for /run history and /run undo. Only ever shown to the entry's owner.</summary>
public static class EntryLines
{
    public static string Describe(Entry entry) =>
        entry.Run is { } run ? Describe(run) : Describe(entry.CheckIn!);

    public static string Describe(RunLog run)
    {
        var parts = new List<string>
        {
            "🏃 " + Format.LocalWhen(run.LocalDate, run.LocalTime),
            $"{run.Minutes} min {Format.Kind(run.Kind)}" + (run.IsMicroRun ? " (micro-run)" : ""),
        };
        AddRating(parts, "mood", run.MoodAfter);
        AddRating(parts, "stress", run.StressAfter);
        AddRating(parts, "energy", run.EnergyAfter);
        return string.Join(" · ", parts);
    }

    public static string Describe(CheckIn checkIn)
    {
        var parts = new List<string>
        {
            "📝 " + Format.LocalWhen(checkIn.LocalDate, checkIn.LocalTime),
            "check-in",
            $"mood {checkIn.Mood}",
            $"stress {checkIn.Stress}",
            $"energy {checkIn.Energy}",
        };
        AddRating(parts, "sleep", checkIn.Sleep);
        return string.Join(" · ", parts);
    }

    private static void AddRating(List<string> parts, string label, int? value)
    {
        if (value is { } v)
        {
            parts.Add($"{label} {v}");
        }
    }
}
