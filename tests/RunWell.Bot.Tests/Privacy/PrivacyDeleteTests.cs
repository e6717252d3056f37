using Microsoft.EntityFrameworkCore;
using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Privacy;

public sealed class PrivacyDeleteTests
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

    private static ActionButton Confirm(Reply reply) => reply.Message.Buttons.Single(b => b.Label == "Delete everything");

    [Fact]
    public async Task Confirmed_delete_leaves_no_row_of_the_member_in_any_table_here_and_touches_nothing_else()
    {
        await using var services = await TwoMembersTwoServersAsync();
        var ann = Commands.Member();
        var asked = await services.RunAsync("privacy delete", ann);

        var done = await services.PressAsync(Confirm(asked).Id, ann);

        Assert.Equal(ReplyMode.UpdateMessage, done.Mode);
        Assert.Contains("Deleted: 1 profile with your settings, 1 check-in, 1 run, 1 pause, 1 buddy check-in answer, 1 nudge record, 2 queued or sent messages to you", done.Message.Text.Plain, StringComparison.Ordinal);
        var mine = await MemberRows.CountAsync(services.Database, Commands.GuildId, ann.UserId);
        foreach (var table in MemberRows.Tables)
        {
            Assert.True(mine[table] == 0, $"{table} still holds {mine[table]} row(s) of the member");
        }

        var bens = await MemberRows.CountAsync(services.Database, Commands.GuildId, Commands.BenId);
        var annsElsewhere = await MemberRows.CountAsync(services.Database, OtherGuildId, ann.UserId);
        foreach (var table in MemberRows.Tables)
        {
            // Ben's seats: his own week and Ann's, where he was her partner.
            Assert.True(bens[table] == (table == "BuddySeats" ? 2 : 1), $"{table}: the other member lost rows");
            Assert.True(annsElsewhere[table] == 1, $"{table}: the member's rows in another server were touched");
        }
    }

    [Fact]
    public async Task The_partner_keeps_their_buddy_week_without_the_deleted_members_identity()
    {
        await using var services = await TwoMembersTwoServersAsync();
        var ann = Commands.Member();

        await services.PressAsync(Confirm(await services.RunAsync("privacy delete", ann)).Id, ann);

        await using var db = services.Database.CreateContext();
        var groups = await db.BuddyGroups.Include(g => g.Members).Where(g => g.GuildId == Commands.GuildId).ToListAsync();
        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Equal(2, g.Members.Count));
        Assert.All(groups, g => Assert.Contains(g.Members, s => s.UserId == Commands.BenId));
        Assert.All(groups, g => Assert.Contains(g.Members, s => s.UserId is null));
    }

    [Fact]
    public async Task Deleting_twice_is_harmless_and_says_there_was_nothing_left()
    {
        await using var services = await TwoMembersTwoServersAsync();
        var ann = Commands.Member();
        var asked = await services.RunAsync("privacy delete", ann);
        await services.PressAsync(Confirm(asked).Id, ann);

        var again = await services.PressAsync(Confirm(asked).Id, ann);

        Assert.Contains("nothing left to delete", again.Message.Text.Plain, StringComparison.Ordinal);
        Assert.All((await MemberRows.CountAsync(services.Database, Commands.GuildId, ann.UserId)).Values, n => Assert.Equal(0, n));
    }

    [Fact]
    public async Task A_later_export_returns_nothing()
    {
        await using var services = await TwoMembersTwoServersAsync();
        var ann = Commands.Member();
        await services.PressAsync(Confirm(await services.RunAsync("privacy delete", ann)).Id, ann);

        var export = await services.RunAsync("privacy export", ann);

        Assert.Empty(export.Message.Files);
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(61, false)]
    [InlineData(3600, false)]
    public async Task The_confirm_button_works_for_60_seconds_only(int secondsLater, bool deletes)
    {
        await using var services = await TwoMembersTwoServersAsync();
        var ann = Commands.Member();
        var asked = await services.RunAsync("privacy delete", ann);

        services.Time.Advance(TimeSpan.FromSeconds(secondsLater));
        var pressed = await services.PressAsync(Confirm(asked).Id, ann);

        Assert.Equal(ReplyMode.UpdateMessage, pressed.Mode);
        Assert.Equal(deletes ? 0 : 1, (await MemberRows.CountAsync(services.Database, Commands.GuildId, ann.UserId))["Runs"]);
        if (!deletes)
        {
            Assert.Contains("expired", pressed.Message.Text.Plain, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Someone_else_pressing_the_button_deletes_nothing()
    {
        await using var services = await TwoMembersTwoServersAsync();
        var asked = await services.RunAsync("privacy delete", Commands.Member());

        var pressed = await services.PressAsync(Confirm(asked).Id, Commands.Member(Commands.BenId, "Ben"));

        Assert.Contains("belongs to someone else", pressed.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(1, (await MemberRows.CountAsync(services.Database, Commands.GuildId, Commands.AnnId))["Members"]);
        Assert.Equal(1, (await MemberRows.CountAsync(services.Database, Commands.GuildId, Commands.BenId))["Members"]);
    }

    [Fact]
    public async Task Keep_my_data_deletes_nothing()
    {
        await using var services = await TwoMembersTwoServersAsync();
        var ann = Commands.Member();
        var asked = await services.RunAsync("privacy delete", ann);

        var kept = await services.PressAsync(asked.Message.Buttons.Single(b => b.Label == "Keep my data").Id, ann);

        Assert.Equal(ReplyMode.UpdateMessage, kept.Mode);
        var mine = await MemberRows.CountAsync(services.Database, Commands.GuildId, ann.UserId);
        Assert.All(mine, row => Assert.Equal(row.Key == "BuddySeats" ? 2 : 1, row.Value));
    }
}
