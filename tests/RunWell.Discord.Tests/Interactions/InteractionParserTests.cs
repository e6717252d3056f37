using System.Text.Json;
using RunWell.Discord.Gateway;

namespace RunWell.Discord.Tests.Interactions;

public sealed class InteractionParserTests
{
    [Fact]
    public void A_guild_slash_command_is_flattened_with_member_and_options()
    {
        const string json = """
        {"id":"1310987654321098765","application_id":"1302123456789012345","type":2,"token":"tok","version":1,
         "guild_id":"1288000000000000001","channel_id":"1288000000000000777",
         "member":{"user":{"id":"1190000000000000042","username":"ann.runs","global_name":"Ann"},"nick":"Annie","permissions":"2248473465835073"},
         "app_permissions":"2251799813685247","locale":"en-GB",
         "data":{"id":"1303000000000000100","name":"run","type":1,
           "resolved":{"channels":{"1288000000000000999":{"id":"1288000000000000999","type":0,"name":"runs","permissions":"1024"}}},
           "options":[{"name":"log","type":1,"options":[
             {"name":"minutes","type":4,"value":20},{"name":"kind","type":3,"value":"jog-walk"},
             {"name":"where","type":7,"value":"1288000000000000999"}]}]}}
        """;
        using var doc = JsonDocument.Parse(json);

        var i = InteractionParser.Parse(doc.RootElement);

        Assert.Equal(1310987654321098765UL, i.Id);
        Assert.Equal(InteractionType.ApplicationCommand, i.Type);
        Assert.Equal(1190000000000000042UL, i.User.Id);
        Assert.Equal("Ann", i.User.GlobalName);
        Assert.Equal("Annie", i.MemberNick);
        Assert.Equal((DiscordPermissions)2248473465835073UL, i.MemberPermissions);
        Assert.Equal((DiscordPermissions)2251799813685247UL, i.AppPermissions);
        Assert.Equal("run log", i.Command!.FullName);
        Assert.Equal(20, i.Command.Option("minutes")!.AsInt64());
        Assert.Equal("jog-walk", i.Command.Option("kind")!.AsString());
        Assert.Equal(1288000000000000999UL, i.Command.Option("where")!.AsSnowflake());
        Assert.Equal(DiscordPermissions.ViewChannel, i.Command.ResolvedChannels[1288000000000000999].Permissions);
        Assert.DoesNotContain("tok", i.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dm_interaction_takes_the_user_from_the_top_level()
    {
        const string json = """
        {"id":"1","application_id":"2","type":2,"token":"t","channel_id":"3","user":{"id":"4","username":"bob"},
         "locale":"de","data":{"id":"5","name":"privacy","type":1,"options":[{"name":"export","type":2,"options":[{"name":"all","type":1}]}]}}
        """;
        using var doc = JsonDocument.Parse(json);

        var i = InteractionParser.Parse(doc.RootElement);

        Assert.Null(i.GuildId);
        Assert.Null(i.MemberPermissions);
        Assert.Equal(4UL, i.User.Id);
        Assert.Equal(["export", "all"], i.Command!.SubcommandPath);
        Assert.Empty(i.Command.Options);
    }
}
