using RunWell.Bot.Copy;
using RunWell.Domain.Entries;

namespace RunWell.Bot.Handlers;

/// <summary>The shared tail of every logging reply: duplicate note, care line, first-entry notice.</summary>
internal static class EntryReplies
{
    public static string Compose(List<string> lines, EntryNotes notes)
    {
        if (notes.Duplicate)
        {
            lines.Insert(0, "(Already saved; nothing was added twice.)");
        }

        if (notes.ShowCareLine)
        {
            lines.Add(CareCopy.Signpost);
            lines.Add(CareCopy.ProfessionalCare + " " + notes.SupportText);
        }

        if (notes.ShowPrivacyNotice)
        {
            lines.Add(CareCopy.PrivacyNotice);
        }

        return string.Join('\n', lines);
    }
}
