using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>
/// Whether the bot can post group messages in a channel: view it, send, embed (cards) and attach
/// (charts). Checked at setup so the first weekly post does not fail silently days later.
/// </summary>
internal static class ChannelCheck
{
    private static readonly (ChannelAccess Access, string Name)[] Needed =
    [
        (ChannelAccess.View, "View Channel"), (ChannelAccess.Send, "Send Messages"), (ChannelAccess.EmbedLinks, "Embed Links"), (ChannelAccess.AttachFiles, "Attach Files"),
    ];

    /// <summary>A friendly reason the channel will not do, or null. Unknown permissions (console) are accepted.</summary>
    public static string? Problem(ChannelValue channel)
    {
        if (!channel.IsText)
        {
            return "**channel** must be a text channel where members can read posts (not a voice channel, category or forum).";
        }

        if (channel.BotPermissions is not { } access)
        {
            return null;
        }

        var missing = Needed.Where(n => !access.HasFlag(n.Access)).Select(n => n.Name).ToList();
        return missing.Count == 0
            ? null
            : $"I can't post properly in {Mention.Channel(channel.Id)}: I'm missing **{string.Join("**, **", missing)}** there. " +
              "Give RunWell those permissions in the channel's settings and run setup again.";
    }
}
