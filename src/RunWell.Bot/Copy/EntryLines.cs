using RunWell.Bot.Presenters;
using RunWell.Domain.Entries;
using static RunWell.Bot.Words.Words;

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
            "🏃 " + Dates.DayAndTime(run.LocalDate, run.LocalTime),
            Get(run.IsMicroRun ? "Entry_MinutesMicro" : "Entry_Minutes", run.Minutes, Format.Kind(run.Kind)),
        };
        AddRating(parts, "Label_Mood", run.MoodAfter);
        AddRating(parts, "Label_Stress", run.StressAfter);
        AddRating(parts, "Label_Energy", run.EnergyAfter);
        return string.Join(" · ", parts);
    }

    public static string Describe(CheckIn checkIn)
    {
        var parts = new List<string>
        {
            "📝 " + Dates.DayAndTime(checkIn.LocalDate, checkIn.LocalTime),
            Get("Entry_CheckIn"),
        };
        AddRating(parts, "Label_Mood", checkIn.Mood);
        AddRating(parts, "Label_Stress", checkIn.Stress);
        AddRating(parts, "Label_Energy", checkIn.Energy);
        AddRating(parts, "Label_Sleep", checkIn.Sleep);
        return string.Join(" · ", parts);
    }

    private static void AddRating(List<string> parts, string labelKey, int? value)
    {
        if (value is { } v)
        {
            parts.Add(Get("Entry_Rating", Get(labelKey), v));
        }
    }
}
