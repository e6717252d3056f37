using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Discord;
using RunWell.Domain.Messaging;

namespace RunWell.DiscordAdapter;

/// <summary>The Discord client's own answers (busy, failed, too slow) in RunWell's words, from RunWell.Bot.</summary>
internal sealed class BotFallbacks : IInteractionFallbacks
{
    public DiscordMessage Busy(DiscordInteraction interaction) => Private(PipelineCopy.Busy);

    public DiscordMessage Failed(DiscordInteraction interaction) => Private(BotEngine.Apology);

    public DiscordMessage TookTooLong(DiscordInteraction interaction) => Private(PipelineCopy.TookTooLong);

    private static DiscordMessage Private(string text) => DiscordMessageRenderer.Render(new Message(text), ephemeral: true);
}
