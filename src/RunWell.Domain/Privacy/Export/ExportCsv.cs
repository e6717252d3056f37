using System.Globalization;
using RunWell.Domain.Entries;

namespace RunWell.Domain.Privacy.Export;

/// <summary>
/// Runs and check-ins as one spreadsheet, oldest first. For a run, mood/stress/energy are how the
/// member felt after it; for a check-in, how they felt then. <c>text</c> is the run's note or the check-in's concern.
/// </summary>
public static class ExportCsv
{
    public static readonly string[] Header =
    [
        "type", "local_date", "local_time", "utc", "minutes", "kind", "micro_run", "distance_km",
        "mood", "stress", "energy", "sleep", "helped", "text", "id", "before_checkin_id",
    ];

    public static byte[] Write(ExportDocument document)
    {
        var csv = new CsvWriter().Row(Header);
        var rows = document.Runs.Select(r => (r.AtUtc, Cells: RunRow(r)))
            .Concat(document.CheckIns.Select(c => (c.AtUtc, Cells: CheckInRow(c))))
            .OrderBy(r => r.AtUtc);
        foreach (var row in rows)
        {
            csv.Row(row.Cells);
        }

        return csv.ToBytes();
    }

    private static string?[] RunRow(ExportRun r) =>
    [
        "run", Date(r.LocalDate), Time(r.LocalTime), Utc(r.AtUtc), N(r.Minutes), Kind(r.Kind), r.MicroRun ? "yes" : "no",
        r.DistanceKm?.ToString("0.##", CultureInfo.InvariantCulture),
        N(r.MoodAfter), N(r.StressAfter), N(r.EnergyAfter), null, Helped(r.Helped), r.Note, N(r.Id), N(r.BeforeCheckInId),
    ];

    private static string?[] CheckInRow(ExportCheckIn c) =>
    [
        "check-in", Date(c.LocalDate), Time(c.LocalTime), Utc(c.AtUtc), null, null, null, null,
        N(c.Mood), N(c.Stress), N(c.Energy), N(c.Sleep), null, c.Concern, N(c.Id), null,
    ];

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string? N(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Kind(RunKind kind) => kind == RunKind.JogWalk ? "jog-walk" : kind.ToString().ToLowerInvariant();

    private static string? Helped(HelpedBy? helped) => helped switch
    {
        null => null,
        HelpedBy.TimeOfDay => "time-of-day",
        { } h => h.ToString().ToLowerInvariant(),
    };
}
