using RunWell.Bot.Words;
using RunWell.Domain.Messaging;

namespace RunWell.Bot.Presenters;

/// <summary>Members named in a line: "A, B & C" (in the reader's language), each a typed mention.</summary>
internal static class Names
{
    public static RichText Of(IReadOnlyList<ulong> users, bool ping) => Of([.. users.Select(u => RichText.Of(new UserPart(u, ping)))]);

    public static RichText Of(IReadOnlyList<RichText> names) => names.Count switch
    {
        0 => RichText.Empty,
        1 => names[0],
        _ => Words.Words.Rich("List_Pair", RichText.Join(Words.Words.Get("List_Separator"), names.Take(names.Count - 1)), names[^1]),
    };
}
