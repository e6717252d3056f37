using System.Globalization;
using System.Resources;
using RunWell.Domain.Messaging;

namespace RunWell.Bot.Words;

/// <summary>
/// Every word RunWell says, from one catalog per language: <c>Strings.resx</c> (English) and
/// <c>Strings.es.resx</c> (Spanish), read through .NET's resource model for the current UI culture
/// (<see cref="Languages.Use"/> sets it per interaction and per post). Entries may carry a tiny,
/// platform-free markup that becomes typed parts: <c>**strong**</c>, <c>_soft_</c>, <c>`/command`</c>,
/// and <c>{0}</c> placeholders filled with parts, rich text, or values formatted for the language.
/// </summary>
public static class Words
{
    internal static readonly ResourceManager Catalog = new("RunWell.Bot.Words.Strings", typeof(Words).Assembly);

    /// <summary>The entry as plain text (for button labels, card titles and other text without parts).</summary>
    public static string Get(string key, params object?[] args)
    {
        var text = Lookup(key);
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentUICulture, text, HasParts(args) ? [.. args.Select(PlainArg)] : args);
    }

    /// <summary>Only rich arguments need reading as plain text first; most are numbers and names, passed as they are.</summary>
    private static bool HasParts(object?[] args)
    {
        foreach (var arg in args)
        {
            if (arg is RichText or MessagePart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entry in one given language, whatever the current one (command registration).</summary>
    public static string In(CultureInfo language, string key) =>
        Catalog.GetString(key, language) ?? throw new KeyNotFoundException($"No catalog entry '{key}'.");

    /// <summary>The entry as rich text, its markup and placeholders turned into typed parts.</summary>
    public static RichText Rich(string key, params object?[] args) => WordsMarkup.Parse(Lookup(key), args);

    /// <summary>A list entry ("a|b|c" in the catalog): one of several wordings that rotate.</summary>
    public static string Pick(string key, int seed)
    {
        var options = Lookup(key).Split('|');
        return options[(int)((uint)seed % (uint)options.Length)];
    }

    /// <summary>How many wordings a list entry has.</summary>
    public static int Count(string key) => Lookup(key).Split('|').Length;

    private static string Lookup(string key) =>
        Catalog.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"No catalog entry '{key}'.");

    internal static string FormatValue(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.CurrentUICulture),
        _ => value.ToString() ?? "",
    };

    private static object? PlainArg(object? value) => value switch
    {
        RichText r => r.Plain,
        MessagePart p => RichText.Of(p).Plain,
        _ => value,
    };
}
