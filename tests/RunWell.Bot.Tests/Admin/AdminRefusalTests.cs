using Microsoft.EntityFrameworkCore;
using RunWell.Bot.Engine;
using RunWell.Bot.Handlers.Admin;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Admin;

/// <summary>Discord hides admin commands from members, but a crafted interaction still arrives: the server refuses it.</summary>
public sealed class AdminRefusalTests
{
    public static TheoryData<string, (string, object?)[]> AdminCommands => new()
    {
        { "runwell setup", [("channel", new ChannelValue(Commands.ChannelId, "running", true, null)), ("timezone", "Europe/London")] },
        { "runwell support", [("text", "Call the club nurse on 0123")] },
        { "runwell retention", [("days", 30L)] },
        { "runwell status", [] },
    };

    [Theory]
    [MemberData(nameof(AdminCommands))]
    public async Task A_member_without_manage_server_is_refused_and_nothing_changes(string path, (string, object?)[] options)
    {
        await using var services = await TestServices.CreateAsync();
        await MemberRows.EnsureClubAsync(services.Database, Commands.GuildId);
        var before = await ClubJsonAsync(services);

        var reply = await services.RunAsync(path, Commands.Member(admin: false), options);

        Assert.Equal("Only club admins (Manage Server) can change RunWell's settings. Nothing was changed.", reply.Message.Text.Plain);
        Assert.Equal(before, await ClubJsonAsync(services));
    }

    [Fact]
    public async Task The_same_setup_from_an_admin_is_saved()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell setup", Commands.Member(admin: true),
            ("channel", new ChannelValue(Commands.ChannelId, "running", true, ChannelAccess.GroupPosts)),
            ("timezone", "Europe/London"));

        Assert.StartsWith("✅", reply.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        var club = await db.Clubs.SingleAsync();
        Assert.Equal(Commands.ChannelId, club.ChannelId);
        Assert.Equal("Europe/London", club.TimeZoneId);
    }

    private static async Task<string> ClubJsonAsync(TestServices services)
    {
        await using var db = services.Database.CreateContext();
        var clubs = await db.Clubs.AsNoTracking().ToListAsync();
        return System.Text.Json.JsonSerializer.Serialize(clubs);
    }
}
