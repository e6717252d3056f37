using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Presenters;

/// <summary>The server's own support text, or the default one in the reader's language.</summary>
internal static class SupportText
{
    public static string Or(string? custom) => string.IsNullOrWhiteSpace(custom) ? Get("Care_DefaultSupport") : custom;
}
