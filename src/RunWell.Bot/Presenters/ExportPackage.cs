using System.Globalization;
using System.IO.Compression;
using RunWell.Domain.Messaging;
using RunWell.Domain.Privacy.Export;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Presenters;

/// <summary>
/// Turns an export into files that fit one Discord message. Plain JSON and CSV when they fit (five
/// years of daily entries do, with room to spare); otherwise both inside one zip; and only if even
/// that is too big, the oldest entries are left out with a note saying so in the JSON.
/// </summary>
internal static class ExportPackage
{
    /// <summary>A chat upload's usual limit (10 MiB on Discord), less room for the envelope and the message itself.</summary>
    public const long DefaultBudgetBytes = (10L * 1024 * 1024) - (256 * 1024);

    public static IReadOnlyList<FileAttachment> Build(ExportDocument document, string baseName, long budgetBytes = DefaultBudgetBytes)
    {
        var current = document;
        while (true)
        {
            var json = ExportJson.Serialize(current);
            var csv = ExportCsv.Write(current);
            if (json.Length + csv.Length <= budgetBytes)
            {
                return [Json(baseName, json), Csv(baseName, csv)];
            }

            var zip = Zip(baseName, json, csv);
            var entries = current.Runs.Count + current.CheckIns.Count;
            if (zip.Length <= budgetBytes || entries == 0)
            {
                return [new FileAttachment($"{baseName}.zip", zip, Get("Export_ZipDescription"))];
            }

            current = TrimOldest(document, current, Math.Max(1, entries / 5));
        }
    }

    private static FileAttachment Json(string baseName, byte[] json) =>
        new($"{baseName}.json", json, Get("Export_JsonDescription"));

    private static FileAttachment Csv(string baseName, byte[] csv) =>
        new($"{baseName}.csv", csv, Get("Export_CsvDescription"));

    private static byte[] Zip(string baseName, byte[] json, byte[] csv)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in new[] { ($"{baseName}.json", json), ($"{baseName}.csv", csv) })
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Leaves out the oldest <paramref name="count"/> runs and check-ins together, keeping the newest.</summary>
    private static ExportDocument TrimOldest(ExportDocument original, ExportDocument document, int count)
    {
        var cutoff = document.Runs.Select(r => r.AtUtc).Concat(document.CheckIns.Select(c => c.AtUtc))
            .Order().Skip(count - 1).First();
        var runs = document.Runs.Where(r => r.AtUtc > cutoff).ToList();
        var checkIns = document.CheckIns.Where(c => c.AtUtc > cutoff).ToList();
        var left = original.Runs.Count - runs.Count + original.CheckIns.Count - checkIns.Count;
        var note = Get("Export_TrimmedNote", left, cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return document with { Runs = runs, CheckIns = checkIns, Notes = [.. original.Notes, note] };
    }
}
