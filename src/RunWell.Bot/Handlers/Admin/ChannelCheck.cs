using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>
/// Whether the bot can post group messages in a channel: view it, send, embed (cards) and attach
/// (charts). Checked at setup so the first weekly post does not fail silently days later.
/// </summary>
internal static class ChannelCheck
{
    private static readonly (ChannelAccess Access, string Name)[] Needed =
    [
        (ChannelAccess.View, "Permission_ViewChannel"), (ChannelAccess.Send, "Permission_SendMessages"),
        (ChannelAccess.EmbedLinks, "Permission_EmbedLinks"), (ChannelAccess.AttachFiles, "Permission_AttachFiles"),
    ];

    /// <summary>A friendly reason the channel will not do, or null. Unknown permissions (console) are accepted.</summary>
    public static RichText? Problem(ChannelValue channel)
    {
        if (!channel.IsText)
        {
            return Rich("Channel_NotText");
        }

        if (channel.BotPermissions is not { } access)
        {
            return null;
        }

        var missing = Needed.Where(n => !access.HasFlag(n.Access)).Select(n => RichText.Of(new EmphasisPart(Get(n.Name)))).ToList();
        return missing.Count == 0
            ? null
            : Rich("Channel_MissingPermissions", new ChannelPart(channel.Id), RichText.Join(", ", missing));
    }
}
