using System.Globalization;
using RunWell.Domain.Entries;

namespace RunWell.Bot.Copy;

/// <summary>Small, consistent renderings of entries.</summary>
public static class Format
{
    public static string Kind(RunKind kind) => kind switch
    {
        RunKind.JogWalk => "jog-walk",
        RunKind.Walk => "walk",
        RunKind.Other => "activity",
        _ => "run",
    };

    public static string Helped(HelpedBy helped) => helped switch
    {
        HelpedBy.Pace => "pace",
        HelpedBy.Route => "route",
        HelpedBy.TimeOfDay => "time of day",
        HelpedBy.Company => "company",
        _ => "other",
    };

    public static RunKind ParseKind(string? value) => value switch
    {
        "jog-walk" => RunKind.JogWalk,
        "walk" => RunKind.Walk,
        "other" => RunKind.Other,
        _ => RunKind.Run,
    };

    public static HelpedBy? ParseHelped(string? value) => value switch
    {
        null => null,
        "pace" => HelpedBy.Pace,
        "route" => HelpedBy.Route,
        "time-of-day" => HelpedBy.TimeOfDay,
        "company" => HelpedBy.Company,
        _ => HelpedBy.Other,
    };

    /// <summary>"mood 4 → 7" when both sides exist, "mood 7" when only one does, null when neither.</summary>
    public static string? Change(string label, int? before, int? after) => (before, after) switch
    {
        ({ } b, { } a) => $"{label} {b} → {a}",
        (null, { } a) => $"{label} {a}",
        _ => null,
    };

    public static string LocalWhen(DateOnly date, TimeOnly time) =>
        date.ToString("ddd d MMM", CultureInfo.InvariantCulture) + " " + time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"1 run", "2 runs": counts read naturally in replies.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count} {plural ?? singular + "s"}";
}
