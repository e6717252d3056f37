using RunWell.Bot.Words;

namespace RunWell.ConsoleChat;

/// <summary>
/// The language the console speaks: <c>RunWell:ConsoleLanguage</c>, else the terminal's own (LANG), read
/// once at start. The console member is the local club's only member, so it is both their language (replies,
/// DMs, the console's own hints) and the club's (its group posts).
/// </summary>
internal sealed record ConsoleLanguage(string Locale)
{
    /// <summary>Reads the catalog in the console's language until disposed.</summary>
    public IDisposable Use() => Languages.Use(Locale);
}
