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

    [Fact]
    public void Option_values_outlive_the_frame_they_were_read_from()
    {
        // The reader's document is pooled and reused for the next frame: the values must be copied out.
        const string json = """
        {"id":"1","application_id":"2","type":2,"token":"t","channel_id":"3","user":{"id":"4","username":"bob"},
         "data":{"id":"5","name":"checkin","type":1,"options":[
           {"name":"mood","type":4,"value":7},{"name":"pace","type":10,"value":5.25},{"name":"note","type":3,"value":"tired \u00e9 \"ok\""},
           {"name":"public","type":5,"value":true},{"name":"where","type":7,"value":"1288000000000000999"}]}}
        """;
        DiscordInteraction i;
        using (var doc = JsonDocument.Parse(json))
            i = InteractionParser.Parse(doc.RootElement);

        var command = i.Command!;
        Assert.Equal(7, command.Option("mood")!.AsInt64());
        Assert.Equal("7", command.Option("mood")!.AsString());
        Assert.Equal(5.25, command.Option("pace")!.AsDouble());
        Assert.Null(command.Option("pace")!.AsInt64());
        Assert.Equal("tired é \"ok\"", command.Option("note")!.AsString());
        Assert.True(command.Option("public")!.AsBoolean());
        Assert.Equal("true", command.Option("public")!.AsString());
        Assert.Equal(1288000000000000999UL, command.Option("where")!.AsSnowflake());
        Assert.Empty(command.SubcommandPath);
        Assert.Empty(command.ResolvedChannels);
    }

    [Theory]
    [InlineData("\"1310987654321098765\"", 1310987654321098765UL)]
    [InlineData("\"\\u0031\\u0032\"", 12UL)] // escaped digits still read (the slow path)
    [InlineData("\"18446744073709551615\"", ulong.MaxValue)]
    [InlineData("\"18446744073709551616\"", null)] // overflows
    [InlineData("\"+12\"", null)]
    [InlineData("\"12a\"", null)]
    [InlineData("\"\"", null)]
    [InlineData("12", null)] // a number, not the string Discord sends
    public void Ids_are_read_from_decimal_strings_only(string idJson, ulong? expected)
    {
        var json = $$$"""{"id":"1","application_id":"2","type":2,"token":"t","guild_id":{{{idJson}}},"user":{"id":"4","username":"bob"}}""";
        using var doc = JsonDocument.Parse(json);

        Assert.Equal(expected, InteractionParser.Parse(doc.RootElement).GuildId);
    }
}
