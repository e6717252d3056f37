namespace RunWell.ConsoleChat;

/// <summary>The terminal, swappable so tests can drive the chat with strings.</summary>
internal sealed class ConsoleIO(TextReader input, TextWriter output)
{
    public TextReader In { get; } = input;

    /// <summary>Synchronized: scheduled posts may print while the chat loop is writing.</summary>
    public TextWriter Out { get; } = TextWriter.Synchronized(output);
}

/// <summary>The one member of the one local club that console mode plays.</summary>
internal static class ConsoleIdentity
{
    public const ulong GuildId = 1;
    public const ulong ChannelId = 2;
    public const ulong UserId = 3;
    public const string GuildName = "Local club";

    public static string DisplayName => string.IsNullOrWhiteSpace(Environment.UserName) ? "you" : Environment.UserName;
}
