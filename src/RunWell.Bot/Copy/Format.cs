using RunWell.Domain.Entries;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>Small, consistent renderings of entries, in the reader's language.</summary>
public static class Format
{
    public static string Kind(RunKind kind) => Get(kind switch
    {
        RunKind.JogWalk => "Kind_JogWalk",
        RunKind.Walk => "Kind_Walk",
        RunKind.Other => "Kind_Other",
        _ => "Kind_Run",
    });

    public static string Helped(HelpedBy helped) => Get(helped switch
    {
        HelpedBy.Pace => "Helped_Pace",
        HelpedBy.Route => "Helped_Route",
        HelpedBy.TimeOfDay => "Helped_TimeOfDay",
        HelpedBy.Company => "Helped_Company",
        _ => "Helped_Other",
    });

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
    public static string? Change(string labelKey, int? before, int? after) => (before, after) switch
    {
        ({ } b, { } a) => Get("Entry_Change", Get(labelKey), b, a),
        (null, { } a) => Get("Entry_Rating", Get(labelKey), a),
        _ => null,
    };

    /// <summary>"1 run", "2 runs": a catalog pair "one|many" with {0} for the number.</summary>
    public static string Count(int count, string key) => Get(key).Split('|') is var forms && count == 1
        ? string.Format(System.Globalization.CultureInfo.CurrentUICulture, forms[0], count)
        : string.Format(System.Globalization.CultureInfo.CurrentUICulture, forms[^1], count);
}
