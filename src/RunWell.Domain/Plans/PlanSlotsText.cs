using System.Globalization;

namespace RunWell.Domain.Plans;

/// <summary>
/// How a plan's slots are kept on the member row: "Tuesday 07:00;Saturday 09:30", Monday first. One
/// column rather than a table, because a plan is a member setting (like the nudge settings beside it)
/// and is always read and written whole.
/// </summary>
public static class PlanSlotsText
{
    public static string Encode(IEnumerable<PlanSlot> slots) =>
        string.Join(';', slots.OrderBy(s => PlanParser.MondayFirst(s.Day))
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Day} {s.Time:HH\\:mm}")));

    /// <summary>The stored slots; empty for no plan (or a value this version cannot read).</summary>
    public static IReadOnlyList<PlanSlot> Decode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var slots = new List<PlanSlot>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length == 2
                && Enum.TryParse<DayOfWeek>(pieces[0], out var day)
                && TimeOnly.TryParseExact(pieces[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                slots.Add(new PlanSlot(day, time));
            }
        }

        return slots;
    }
}
