using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RunWell.Domain.Time.Phrases;

/// <summary>
/// Puts what a member typed into one plain shape before any reading: full-width forms folded (NFKC),
/// decimal digits of every script turned into 0–9, accents dropped ("sábado" → "sabado"), lower case,
/// "6:30pm" split into "6:30 pm", single spaces. Phones in many locales type non-ASCII digits.
/// </summary>
internal static partial class TimeText
{
    /// <summary>The plain text, or null when it holds numerals that are not decimal digits (Ⅻ, ½...).</summary>
    public static string? Normalize(string? text)
    {
        var folded = (text ?? "").Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                builder.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
            }
            else if (category is UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber)
            {
                return null;
            }
            else if (category != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var plain = builder.ToString().Replace(',', ' ');
        plain = Meridiem().Replace(plain, m => $"{m.Groups["ap"].Value}m");
        plain = GluedMeridiem().Replace(plain, "$1 $2");
        plain = IsoT().Replace(plain, "$1 $2");
        return Spaces().Replace(plain, " ").Trim();
    }

    [GeneratedRegex(@"\b(?<ap>[ap])\.m\.?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Meridiem();

    [GeneratedRegex(@"(\d)(am|pm)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GluedMeridiem();

    [GeneratedRegex(@"(\d{4}-\d{1,2}-\d{1,2})t(\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoT();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
