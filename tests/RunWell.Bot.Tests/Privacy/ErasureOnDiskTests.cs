using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RunWell.Bot.Engine;
using RunWell.Domain.Posts;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Privacy;

/// <summary>After /privacy delete, the member's words and id are gone from the SQLite file and its WAL.</summary>
public sealed class ErasureOnDiskTests
{
    private static readonly Caller Ann = Commands.Member();

    private static async Task<TestServices> ClubInWalModeAsync()
    {
        var services = await TestServices.CreateAsync();

        // As the migrator does at start: WAL is a property of the file.
        await services.QueryAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;"));
        var at = services.Time.GetUtcNow().UtcDateTime.AddDays(-2);
        await MemberRows.AddEverywhereAsync(services.Database, Commands.GuildId, Commands.AnnId, "ann-secret-words", Commands.BenId, at);
        await MemberRows.AddEverywhereAsync(services.Database, Commands.GuildId, Commands.BenId, "ben-g1", Commands.AnnId, at);
        await MemberRows.AddGroupPostsNamingAsync(services.Database, Commands.GuildId, Commands.AnnId, Commands.ChannelId, at);

        // And through the real commands, so the words also pass through the bot's own connections.
        await services.RunAsync("checkin", Ann, ("mood", 2L), ("stress", 9L), ("energy", 3L), ("concern", "typed-concern-zebra"));
        await services.RunAsync("run log", Ann, ("minutes", 12L), ("note", "typed-note-quokka"));
        return services;
    }

    private static byte[] FileBytes(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        // Shared read: the bot's pooled connections still hold the files open.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Holds(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    [Fact]
    public async Task After_delete_the_database_file_and_its_wal_hold_neither_the_words_nor_the_id()
    {
        await using var services = await ClubInWalModeAsync();
        var id = Commands.AnnId.ToString(CultureInfo.InvariantCulture);
        var file = services.Database.FilePath;
        var before = FileBytes(file).Concat(FileBytes(file + "-wal")).ToArray();

        var asked = await services.RunAsync("privacy delete", Ann);
        await services.PressAsync(asked.Message.Buttons.Single(b => b.Label == "Delete everything").Id, Ann);

        // Commands that only read, right after: they must store nothing again.
        foreach (var path in new[] { "profile show", "review", "run history", "buddy status", "help" })
        {
            await services.RunAsync(path, Ann);
        }

        var db = FileBytes(file);
        var wal = FileBytes(file + "-wal");
        Assert.True(Holds(before, "typed-concern-zebra") && Holds(before, id), "The arrangement should have put the words on disk first.");
        foreach (var secret in new[] { "ann-secret-words", "typed-concern-zebra", "typed-note-quokka", id })
        {
            Assert.False(Holds(db, secret), $"The database file still holds \"{secret}\".");
            Assert.False(Holds(wal, secret), $"The WAL still holds \"{secret}\".");
        }

        var rows = await MemberRows.CountAsync(services.Database, Commands.GuildId, Commands.AnnId);
        Assert.All(MemberRows.Tables, table => Assert.True(rows[table] == 0, $"{table} still holds {rows[table]} row(s) of the member"));
        var bens = await MemberRows.CountAsync(services.Database, Commands.GuildId, Commands.BenId);
        Assert.Equal(1, bens["Members"]);
    }

    [Fact]
    public async Task A_group_post_still_waiting_goes_out_without_naming_or_pinging_the_deleted_member()
    {
        await using var services = await ClubInWalModeAsync();

        var asked = await services.RunAsync("privacy delete", Ann);
        await services.PressAsync(asked.Message.Buttons.Single(b => b.Label == "Delete everything").Id, Ann);

        var outbox = await services.QueryAsync(db => db.Outbox.Where(o => o.ChannelId != null).ToListAsync());
        var pairing = Assert.Single(outbox);
        Assert.Equal((PostKind.BuddyPairing, OutboxStatus.Pending), (pairing.Kind, pairing.Status));
        Assert.Contains("Shout-out to a member", pairing.PayloadJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Commands.AnnId.ToString(CultureInfo.InvariantCulture), pairing.PayloadJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_that_only_read_never_create_a_member_or_club_row()
    {
        await using var services = await TestServices.CreateAsync();

        foreach (var path in new[] { "profile show", "review", "run history", "buddy status", "help" })
        {
            await services.RunAsync(path, Ann);
        }

        Assert.Equal(0, await services.QueryAsync(db => db.Members.CountAsync()));
        Assert.Equal(0, await services.QueryAsync(db => db.Clubs.CountAsync()));
    }
}
