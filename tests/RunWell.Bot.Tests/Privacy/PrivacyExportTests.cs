using System.Text;
using System.Text.Json;
using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Privacy;

public sealed class PrivacyExportTests
{
    private const ulong OtherGuildId = 1_288_000_000_000_000_999;

    private static async Task<TestServices> TwoMembersTwoServersAsync()
    {
        var services = await TestServices.CreateAsync();
        var at = services.Time.GetUtcNow().UtcDateTime.AddDays(-2);
        await MemberRows.AddEverywhereAsync(services.Database, Commands.GuildId, Commands.AnnId, "ann-g1", Commands.BenId, at);
        await MemberRows.AddEverywhereAsync(services.Database, Commands.GuildId, Commands.BenId, "ben-g1", Commands.AnnId, at);
        await MemberRows.AddEverywhereAsync(services.Database, OtherGuildId, Commands.AnnId, "ann-g2", Commands.BenId, at);
        return services;
    }

    [Fact]
    public async Task Export_holds_every_tables_rows_for_the_member_and_nothing_of_others_or_other_servers()
    {
        await using var services = await TwoMembersTwoServersAsync();

        var reply = await services.RunAsync("privacy export", Commands.Member());

        var json = File(reply, ".json");
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("runwell-export", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(Commands.GuildId.ToString(), root.GetProperty("server").GetProperty("id").GetString());
        Assert.Equal(Commands.AnnId.ToString(), root.GetProperty("profile").GetProperty("userId").GetString());
        foreach (var table in new[] { "pauses", "checkIns", "runs", "buddyAnswers", "nudges" })
        {
            Assert.True(root.GetProperty(table).GetArrayLength() == 1, table);
        }

        // Ann's own buddy week and Ben's, where she was his partner.
        var weeks = root.GetProperty("buddyHistory").EnumerateArray().ToList();
        Assert.Equal(2, weeks.Count);
        Assert.All(weeks, w => Assert.Equal([Commands.BenId.ToString()], w.GetProperty("partnerUserIds").EnumerateArray().Select(p => p.GetString())));
        Assert.Equal("jog-walk", root.GetProperty("runs")[0].GetProperty("kind").GetString());
        foreach (var mine in new[] { "name-ann-g1", "reason-ann-g1", "concern-ann-g1", "note-ann-g1" })
        {
            Assert.Contains(mine, json, StringComparison.Ordinal);
        }

        var csv = File(reply, ".csv");
        foreach (var text in new[] { json, csv })
        {
            Assert.DoesNotContain("ben-g1", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ann-g2", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_files_are_named_after_the_server_and_the_date()
    {
        await using var services = await TwoMembersTwoServersAsync();

        var reply = await services.RunAsync("privacy export", Commands.Member());

        Assert.Equal(["runwell-test-club-2026-11-25.json", "runwell-test-club-2026-11-25.csv"], reply.Message.Files.Select(f => f.FileName));
    }

    [Fact]
    public async Task The_csv_has_a_bom_a_header_and_one_row_per_run_and_check_in()
    {
        await using var services = await TwoMembersTwoServersAsync();

        var reply = await services.RunAsync("privacy export", Commands.Member());

        var bytes = reply.Message.Files.Single(f => f.FileName.EndsWith(".csv", StringComparison.Ordinal)).Content;
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("type,local_date,local_time,utc,minutes", lines[0], StringComparison.Ordinal);
        Assert.Equal(["check-in", "run"], lines[1..].Select(l => l.Split(',')[0]));
        Assert.Contains("note-ann-g1", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_with_no_data_gets_nothing_and_no_row_is_created_by_asking()
    {
        await using var services = await TwoMembersTwoServersAsync();
        const ulong stranger = 1_190_000_000_000_000_099;

        var reply = await services.RunAsync("privacy export", Commands.Member(stranger, "Cat"));

        Assert.Empty(reply.Message.Files);
        Assert.Contains("holds nothing about you", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.All((await MemberRows.CountAsync(services.Database, Commands.GuildId, stranger)).Values, n => Assert.Equal(0, n));
    }

    private static string File(Reply reply, string extension) =>
        Encoding.UTF8.GetString(reply.Message.Files.Single(f => f.FileName.EndsWith(extension, StringComparison.Ordinal)).Content);
}
