namespace RunWell.Domain.Time.Phrases;

/// <summary>Day, month and part-of-day words in English and Spanish (accents already dropped).</summary>
internal static class DayWords
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["lunes"] = DayOfWeek.Monday, ["lun"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["martes"] = DayOfWeek.Tuesday, ["mar"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["weds"] = DayOfWeek.Wednesday,
        ["miercoles"] = DayOfWeek.Wednesday, ["mie"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday,
        ["thurs"] = DayOfWeek.Thursday, ["jueves"] = DayOfWeek.Thursday, ["jue"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["viernes"] = DayOfWeek.Friday, ["vie"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["sabado"] = DayOfWeek.Saturday, ["sab"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["domingo"] = DayOfWeek.Sunday, ["dom"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["january"] = 1, ["ene"] = 1, ["enero"] = 1,
        ["feb"] = 2, ["february"] = 2, ["febrero"] = 2,
        ["mar"] = 3, ["march"] = 3, ["marzo"] = 3,
        ["apr"] = 4, ["april"] = 4, ["abr"] = 4, ["abril"] = 4,
        ["may"] = 5, ["mayo"] = 5,
        ["jun"] = 6, ["june"] = 6, ["junio"] = 6,
        ["jul"] = 7, ["july"] = 7, ["julio"] = 7,
        ["aug"] = 8, ["august"] = 8, ["ago"] = 8, ["agosto"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["septiembre"] = 9, ["setiembre"] = 9,
        ["oct"] = 10, ["october"] = 10, ["octubre"] = 10,
        ["nov"] = 11, ["november"] = 11, ["noviembre"] = 11,
        ["dec"] = 12, ["december"] = 12, ["dic"] = 12, ["diciembre"] = 12,
    };

    /// <summary>Parts of the day, each with the hour it stands for (inside the review's buckets).</summary>
    private static readonly Dictionary<string, int> PartHours = new(StringComparer.Ordinal)
    {
        ["morning"] = 8, ["manana"] = 8,
        ["afternoon"] = 15, ["tarde"] = 15,
        ["evening"] = 19,
        ["night"] = 21, ["noche"] = 21,
    };

    /// <summary>Words that only say "the one I mean" before or after a weekday: last, this, el, pasado...</summary>
    private static readonly HashSet<string> WeekdayFillers =
        new(["last", "this", "next", "coming", "on", "el", "este", "esta", "pasado", "proximo", "que", "viene"], StringComparer.Ordinal);

    public static bool TryWeekday(string word, out DayOfWeek day) => Weekdays.TryGetValue(word.TrimEnd('.'), out day);

    public static bool TryMonth(string word, out int month) => Months.TryGetValue(word.TrimEnd('.'), out month);

    public static bool TryPartHour(string word, out int hour) => PartHours.TryGetValue(word, out hour);

    /// <summary>When a part of the day begins (the review's buckets): morning 05, afternoon 14, evening 17, night 21.</summary>
    public static int PartStartHour(int partHour) => partHour switch
    {
        < 11 => 5,
        < 17 => 14,
        < 21 => 17,
        _ => 21,
    };

    public static bool IsWeekdayFiller(string word) => WeekdayFillers.Contains(word);

    /// <summary>Days relative to today for the single words and phrases that name one.</summary>
    public static int? RelativeDay(string phrase) => phrase switch
    {
        "today" or "hoy" => 0,
        "yesterday" or "ayer" => -1,
        "day before yesterday" or "the day before yesterday" or "anteayer" or "antes de ayer" or "antier" => -2,
        "tomorrow" or "manana" => 1,
        "day after tomorrow" or "the day after tomorrow" or "pasado manana" => 2,
        _ => null,
    };
}
