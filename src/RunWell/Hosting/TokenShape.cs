namespace RunWell.Hosting;

/// <summary>Spots the placeholders people paste from examples ("&lt;token&gt;", "your-bot-token", "...") before Discord sees them.</summary>
internal static class TokenShape
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "token", "bottoken", "yourtoken", "yourbottoken", "discordtoken", "discordbottoken", "yourdiscordtoken",
        "changeme", "replaceme", "secret", "placeholder", "todo", "xxx", "none", "null",
    };

    public static bool LooksLikePlaceholder(string token)
    {
        var trimmed = token.Trim();
        if (trimmed.IndexOfAny(['<', '>', '{', '}', ' ']) >= 0 || trimmed.Trim('.', 'x', 'X', '*').Length == 0)
        {
            return true;
        }

        // "your-bot-token", "YOUR_TOKEN_HERE", "Bot_Token": letters only once separators are gone.
        var letters = new string([.. trimmed.Where(char.IsLetterOrDigit)]);
        if (letters.EndsWith("here", StringComparison.OrdinalIgnoreCase))
        {
            letters = letters[..^4];
        }

        return Placeholders.Contains(letters);
    }
}
