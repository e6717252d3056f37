using RunWell.Domain.Buddies;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Presenters;

/// <summary>The buddy posts and DMs: only names and times, never a mood, a pause or its reason.</summary>
internal static class BuddyPostPresenter
{
    /// <summary>One post: the header, a line per pair pinging only its members, then the footer.</summary>
    public static Message Pairing(PairingPost post)
    {
        var lines = new List<RichText>();
        if (post.Groups.Count > 0)
        {
            lines.Add(Rich("Pairing_Header"));
            lines.AddRange(post.Groups.Select(g => Rich("Pairing_Line", Names.Of(g, ping: true))));
        }

        if (post.SomeoneAlone)
        {
            lines.Add(Rich("Pairing_AloneInChannel"));
        }

        if (post.CheckInUtc is { } checkIn)
        {
            lines.Add(Rich("Pairing_Footer", TimestampPart.Utc(checkIn)));
        }

        return new Message(RichText.Join("\n", lines));
    }

    public static Message AloneDirect(AloneInPairingDirect post) =>
        new(Rich("Pairing_AloneDirect", TimestampPart.Utc(post.NextPairingUtc)));

    public static Message CheckIn(BuddyCheckInPost post) => new(Rich("CheckIn_Post", Names.Of(post.Active, ping: true)))
    {
        Buttons =
        [
            new ActionButton(BuddyAnswerIds.For(post.GroupId, BuddyAnswerKind.Ran), Get("CheckIn_Ran"), ButtonStyle.Success),
            new ActionButton(BuddyAnswerIds.For(post.GroupId, BuddyAnswerKind.Planning), Get("CheckIn_Planning"), ButtonStyle.Primary),
            new ActionButton(BuddyAnswerIds.For(post.GroupId, BuddyAnswerKind.NotThisWeek), Get("CheckIn_NotThisWeek")),
        ],
    };
}
