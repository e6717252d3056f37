using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RunWell.Domain.Text;

/// <summary>
/// Hygiene for everything members and admins type (notes, concerns, reasons, support text, display
/// names): control characters are dropped before anything is stored, while emoji sequences (zero-width
/// joiners, variation selectors, skin tones, flags) stay intact because they are format characters and
/// symbols, not controls. Text shown to other people also loses bidi controls, which could make a
/// line read differently from what it says.
/// </summary>
public static partial class TypedText
{
    /// <summary>C0 (except line feeds when <paramref name="keepNewlines"/>) and C1 controls and DEL dropped; CR LF becomes LF; tabs become spaces.</summary>
    public static string Clean(string text, bool keepNewlines = false)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var result = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (c == '\n')
            {
                result.Append(keepNewlines ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                result.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                // char.IsControl is exactly C0, DEL and C1; ZWJ (U+200D) and VS16 (U+FE0F) are not controls.
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary><see cref="Clean"/> and, for text others will read, bidi embedding, override, isolate and mark characters removed.</summary>
    public static string CleanForOthers(string text, bool keepNewlines = false)
    {
        var clean = Clean(text, keepNewlines);
        var result = new StringBuilder(clean.Length);
        foreach (var c in clean)
        {
            if (!IsBidiControl(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Admin support text as plain words: clean for others, masked links shown as "label (address)",
    /// and mentions (@everyone, @here, users, roles, channels) broken so they render as plain text.
    /// </summary>
    public static string PlainSupportText(string text)
    {
        var clean = CleanForOthers(text, keepNewlines: true);
        clean = MaskedLink().Replace(clean, m => $"{m.Groups["label"].Value} ({m.Groups["url"].Value})");
        clean = Mention().Replace(clean, m => "@" + m.Groups["id"].Value);
        return EveryoneOrHere().Replace(clean, m => "@\u200B" + m.Groups["word"].Value);
    }

    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// The one way RunWell shortens text: at most <paramref name="max"/> characters, a longer text cut and
    /// ended with "…". A character made of two UTF-16 units (most emoji) is never cut in half, so what is
    /// quoted back, stored or sent stays valid text.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        if (max < 2)
        {
            return max == 1 ? "…" : "";
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    /// <summary>How many user-perceived characters (grapheme clusters): an emoji family counts as one.</summary>
    public static int Graphemes(string text) => new StringInfo(text).LengthInTextElements;

    [GeneratedRegex(@"\[(?<label>[^\[\]\n]*)\]\(\s*<?(?<url>[^()\s>]+)>?\s*\)")]
    private static partial Regex MaskedLink();

    [GeneratedRegex(@"<(?:@[!&]?|#)(?<id>\d+)>")]
    private static partial Regex Mention();

    [GeneratedRegex(@"@(?<word>everyone|here)", RegexOptions.IgnoreCase)]
    private static partial Regex EveryoneOrHere();
}
