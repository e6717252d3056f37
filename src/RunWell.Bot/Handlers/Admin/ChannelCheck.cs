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
    public const ulong Administrator = 1UL << 3;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;

    private static readonly (ulong Bit, string Name)[] Needed =
    [
        (ViewChannel, "Permission_ViewChannel"), (SendMessages, "Permission_SendMessages"),
        (EmbedLinks, "Permission_EmbedLinks"), (AttachFiles, "Permission_AttachFiles"),
    ];

    /// <summary>A friendly reason the channel will not do, or null. Unknown permissions (console) are accepted.</summary>
    public static RichText? Problem(ChannelValue channel)
    {
        if (!channel.IsText)
        {
            return Rich("Channel_NotText");
        }

        if (channel.BotPermissions is not { } permissions || (permissions & Administrator) != 0)
        {
            return null;
        }

        var missing = Needed.Where(n => (permissions & n.Bit) == 0).Select(n => RichText.Of(new EmphasisPart(Get(n.Name)))).ToList();
        return missing.Count == 0
            ? null
            : Rich("Channel_MissingPermissions", new ChannelPart(channel.Id), RichText.Join(", ", missing));
    }
}
