using RunWell.Bot.Words;
using RunWell.Discord;
using RunWell.Domain.Messaging;

namespace RunWell.DiscordAdapter;

/// <summary>The Discord client's own answers (busy, failed, too slow) in RunWell's words, in the member's language.</summary>
internal sealed class BotFallbacks : IInteractionFallbacks
{
    /// <summary>Every worker is busy and the queue is full: sent at once instead of letting the 3 s pass.</summary>
    public DiscordMessage Busy(DiscordInteraction interaction) => Private(interaction, "Engine_Busy");

    public DiscordMessage Failed(DiscordInteraction interaction) => Private(interaction, "Engine_Apology");

    /// <summary>A handler ran into the interaction's 15-minute limit and was stopped.</summary>
    public DiscordMessage TookTooLong(DiscordInteraction interaction) => Private(interaction, "Engine_TookTooLong");

    private static DiscordMessage Private(DiscordInteraction interaction, string key)
    {
        using var language = Languages.Use(interaction.Locale);
        return DiscordMessageRenderer.Render(new Message(Words.Rich(key)), ephemeral: true);
    }
}
