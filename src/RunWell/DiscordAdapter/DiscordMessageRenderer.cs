using RunWell.Discord;
using RunWell.Domain.Messaging;

namespace RunWell.DiscordAdapter;

/// <summary>A platform-neutral message as a Discord message: cards become embeds, buttons rows of five.</summary>
internal static class DiscordMessageRenderer
{
    private const int Calm = 0x4E9F8D;

    public static DiscordMessage Render(Message message, bool ephemeral = false, string? nonce = null) => new()
    {
        Content = message.Text.Length == 0 ? null : message.Text,
        Embeds = [.. message.Cards.Select(ToEmbed)],
        Components = [.. message.Buttons.Chunk(5).Select(row => new DiscordActionRow([.. row.Select(ToButton)]))],
        Files = [.. message.Files.Select(f => new DiscordFile(f.FileName, f.Content, f.Description))],
        Flags = ephemeral ? DiscordMessageFlags.Ephemeral : DiscordMessageFlags.None,

        // Only the users a post is about may be pinged; text members wrote can never ping anyone.
        AllowedMentions = message.PingUserIds.Count == 0 ? DiscordAllowedMentions.None : DiscordAllowedMentions.ForUsers([.. message.PingUserIds]),
        Nonce = nonce,
    };

    private static DiscordEmbed ToEmbed(Card card) => new()
    {
        Title = card.Title,
        Description = card.Body,
        Fields = [.. card.Fields.Select(f => new DiscordEmbedField(f.Name, f.Value, f.Inline))],
        Footer = card.Footer,
        Color = Calm,
        ImageUrl = card.ImageFileName is null ? null : new Uri("attachment://" + card.ImageFileName),
    };

    private static DiscordButton ToButton(ActionButton button) => new()
    {
        CustomId = button.Id,
        Label = button.Label,
        Style = button.Style switch
        {
            ButtonStyle.Primary => DiscordButtonStyle.Primary,
            ButtonStyle.Success => DiscordButtonStyle.Success,
            ButtonStyle.Danger => DiscordButtonStyle.Danger,
            _ => DiscordButtonStyle.Secondary,
        },
    };
}
