using RunWell.Domain.Messaging;

namespace RunWell.Domain.Posts;

/// <summary>
/// What a scheduled post or DM is about: names, counts, instants. The domain decides the facts; the
/// presenter (in RunWell.Bot) writes every word, button and chart of it, in the reader's language.
/// </summary>
public abstract record PostFacts;

/// <summary>Turns post facts into a message; implemented by the bot's presenter.</summary>
public interface IPostPresenter
{
    /// <param name="language">The reader's language tag (the server's for channel posts, the member's for DMs); null for the default.</param>
    Message Present(PostFacts facts, string? language);
}
