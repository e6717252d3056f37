using System.IO.Compression;
using System.Text;
using System.Text.Json;
using RunWell.Bot.Presenters;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Privacy;
using RunWell.Domain.Privacy.Export;
using Xunit.Abstractions;

namespace RunWell.Bot.Tests.Privacy;

/// <summary>How an export becomes files that fit one message (the packaging is the presenter's; the format is the domain's).</summary>
public sealed class ExportPackageTests(ITestOutputHelper output)
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Five_years_of_daily_runs_and_check_ins_with_full_notes_fit_as_plain_files()
    {
        var data = History(days: 5 * 365, perDay: 1);

        var files = ExportPackage.Build(ExportDocument.From(data, 1, "Club", Now), "runwell-club-2026-11-25");

        var json = files.Single(f => f.FileName.EndsWith(".json", StringComparison.Ordinal)).Content.Length;
        var csv = files.Single(f => f.FileName.EndsWith(".csv", StringComparison.Ordinal)).Content.Length;
        var zipped = ExportPackage.Build(ExportDocument.From(data, 1, "Club", Now), "x", budgetBytes: json + csv - 1).Single().Content.Length;
        output.WriteLine($"5 years daily: JSON {json / 1024.0 / 1024:0.00} MiB, CSV {csv / 1024.0 / 1024:0.00} MiB, zipped {zipped / 1024.0 / 1024:0.00} MiB");
        Assert.True(json + csv <= ExportPackage.DefaultBudgetBytes, $"{json + csv} bytes");
    }

    [Fact]
    public void An_export_too_big_for_plain_files_is_zipped_with_both_inside()
    {
        var data = History(days: 200, perDay: 1);

        var files = ExportPackage.Build(ExportDocument.From(data, 1, "Club", Now), "x", budgetBytes: 200_000);

        var zip = Assert.Single(files);
        Assert.Equal("x.zip", zip.FileName);
        using var archive = new ZipArchive(new MemoryStream(zip.Content));
        Assert.Equal(["x.json", "x.csv"], archive.Entries.Select(e => e.FullName));
        using var json = JsonDocument.Parse(archive.GetEntry("x.json")!.Open());
        Assert.Equal(200, json.RootElement.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public void An_export_too_big_even_zipped_keeps_the_newest_entries_and_says_what_was_left_out()
    {
        var data = History(days: 400, perDay: 1);

        var files = ExportPackage.Build(ExportDocument.From(data, 1, "Club", Now), "x", budgetBytes: 40_000);

        var zip = Assert.Single(files);
        Assert.True(zip.Content.Length <= 40_000);
        using var archive = new ZipArchive(new MemoryStream(zip.Content));
        using var json = JsonDocument.Parse(archive.GetEntry("x.json")!.Open());
        var runs = json.RootElement.GetProperty("runs");
        Assert.InRange(runs.GetArrayLength(), 1, 399);
        Assert.Equal(data.Runs[^1].Id, runs[runs.GetArrayLength() - 1].GetProperty("id").GetInt64());
        Assert.Contains("were left out", json.RootElement.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
    }

    /// <summary>Random words, so compression is no kinder than with real notes.</summary>
    private static string Text(Random random, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(random.Next(8) == 0 ? ' ' : (char)('a' + random.Next(26)));
        }

        return text.ToString();
    }

    /// <summary>A run and a check-in per day with the longest notes allowed: the worst case for size.</summary>
    private static MemberData History(int days, int perDay)
    {
        var runs = new List<RunLog>();
        var checkIns = new List<CheckIn>();
        var id = 0L;
        var random = new Random(7);
        for (var d = days; d > 0; d--)
        {
            for (var i = 0; i < perDay; i++)
            {
                var at = Now.AddDays(-d).AddHours(i);
                checkIns.Add(new CheckIn
                {
                    Id = ++id, GuildId = 1, UserId = 2, AtUtc = at, LocalDate = DateOnly.FromDateTime(at), LocalTime = TimeOnly.FromDateTime(at),
                    Mood = 5, Stress = 5, Energy = 5, Sleep = 6, Concern = Text(random, EntryLimits.ConcernMaxLength), CreatedAtUtc = at,
                });
                runs.Add(new RunLog
                {
                    Id = ++id, GuildId = 1, UserId = 2, AtUtc = at.AddHours(1), LocalDate = DateOnly.FromDateTime(at), LocalTime = TimeOnly.FromDateTime(at),
                    Minutes = 25, Kind = RunKind.Run, MoodAfter = 7, StressAfter = 3, EnergyAfter = 6, Helped = HelpedBy.Route,
                    Note = Text(random, EntryLimits.NoteMaxLength), DistanceKm = 4.2, BeforeCheckInId = id - 1, CreatedAtUtc = at,
                });
            }
        }

        var member = new Member { GuildId = 1, UserId = 2, DisplayName = "Ann", CreatedAtUtc = Now.AddDays(-days) };
        return new MemberData(member, [], checkIns, runs, [], [], []);
    }
}
