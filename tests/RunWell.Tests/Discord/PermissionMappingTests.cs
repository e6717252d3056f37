using RunWell.Bot.Engine;
using RunWell.Discord;
using RunWell.DiscordAdapter;

namespace RunWell.Tests.Discord;

/// <summary>Discord's permission bits as the Bot layer's neutral terms.</summary>
public sealed class PermissionMappingTests
{
    [Theory]
    [InlineData(DiscordPermissions.ManageGuild, true)]
    [InlineData(DiscordPermissions.Administrator, true)]
    [InlineData(DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages, false)]
    public void Manage_server_or_administrator_may_manage_the_club(DiscordPermissions member, bool canManage)
    {
        var caller = DiscordInteractionHandler.ToCaller(Interaction(member, DiscordPermissions.None));

        Assert.Equal(canManage, caller.CanManageServer);
    }

    [Fact]
    public void The_bots_channel_permissions_become_channel_access_and_administrator_grants_all()
    {
        Assert.Equal(ChannelAccess.View | ChannelAccess.Send,
            DiscordInteractionHandler.ChannelAccessOf(DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages | DiscordPermissions.ReadMessageHistory));
        Assert.Equal(ChannelAccess.GroupPosts | ChannelAccess.Events, DiscordInteractionHandler.ChannelAccessOf(DiscordPermissions.Administrator));
        Assert.Equal(ChannelAccess.Events, DiscordInteractionHandler.ChannelAccessOf(DiscordPermissions.CreateEvents));
        Assert.Equal(ChannelAccess.None, DiscordInteractionHandler.ChannelAccessOf(DiscordPermissions.None));
    }

    [Fact]
    public void The_admin_commands_are_registered_for_manage_server_holders()
    {
        Assert.Equal("32", CatalogCommandSource.ManageServer);
    }

    private static DiscordInteraction Interaction(DiscordPermissions member, DiscordPermissions app) => new()
    {
        Id = 1310000000000000001,
        ApplicationId = 1300000000000000001,
        Type = InteractionType.ApplicationCommand,
        Token = "token",
        GuildId = 1288000000000000001,
        ChannelId = 1288000000000000555,
        User = new DiscordUser(1190000000000000042, "ann.runs", "Ann"),
        MemberPermissions = member,
        AppPermissions = app,
    };
}
