using RunWell.Bot.Copy;
using RunWell.Bot.Presenters;
using RunWell.Domain.Messaging;
using RunWell.Domain.Entries;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers;

/// <summary>The shared tail of every logging reply: duplicate note, care line, first-entry notice.</summary>
internal static class EntryReplies
{
    public static RichText Compose(List<RichText> lines, EntryNotes notes)
    {
        if (notes.Duplicate)
        {
            lines.Insert(0, Rich("Entry_AlreadySaved"));
        }

        if (notes.ShowCareLine)
        {
            lines.Add(CareCopy.Signpost);
            lines.Add(CareCopy.ProfessionalCare + " " + SupportText.Or(notes.SupportText));
        }

        if (notes.ShowPrivacyNotice)
        {
            lines.Add(CareCopy.PrivacyNotice);
        }

        return RichText.Join("\n", lines);
    }
}
