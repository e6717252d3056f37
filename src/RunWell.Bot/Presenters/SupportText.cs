using RunWell.Bot.Copy;
using RunWell.Domain.Text;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Presenters;

/// <summary>The server's own support text, or the default one in the reader's language.</summary>
internal static class SupportText
{
    /// <summary>
    /// The server's text always as plain words (even a row stored before the text was cleaned on save),
    /// or the default in the reader's language.
    /// </summary>
    public static string Or(string? custom) =>
        string.IsNullOrWhiteSpace(custom) ? Get("Care_DefaultSupport") : TypedText.PlainSupportText(custom);

    /// <summary>The support text led by the line every server shows, whatever text it sets.</summary>
    public static string WithCare(string? custom) => CareCopy.ProfessionalCare + "\n" + Or(custom);
}
