using RunWell.Domain.Messaging;

namespace RunWell.Domain.Buddies;

/// <summary>
/// The words of the buddy posts. Only mentions and counts: never a mood, a pause or its reason.
/// Long pairing lists are split under Discord's 2,000-character limit, each part pinging only whom it names.
/// </summary>
public static class BuddyPosts
{
    public const int MaxChars = 1900;

    public const string PairingHeader = "🤝 **This week's running buddies**";

    public const string AloneInChannel =
        "Only one person joined buddy pairing this week, so there is no pair yet. " +
        "Anyone can `/buddy join` to be paired next time. 🌱";

    public static string Names(IReadOnlyList<ulong> group) => group.Count switch
    {
        0 => "",
        1 => Mention.User(group[0]),
        _ => string.Join(", ", group.Take(group.Count - 1).Select(Mention.User)) + " & " + Mention.User(group[^1]),
    };

    public static string PairingFooter(DateTime checkInUtc) =>
        "Say hi and share when you might run; an easy 10 minutes, together or apart, counts. " +
        $"Check-in comes {Mention.Time(new DateTimeOffset(checkInUtc, TimeSpan.Zero), 'f')}. " +
        "`/buddy status` any time, `/pause` if you need a break.";

    public static Message AloneDirect(DateTime nextPairingUtc) => new(
        "You're in buddy pairing, but nobody else joined this week, so there's no buddy for you yet. " +
        $"Next pairing: {Mention.Time(new DateTimeOffset(nextPairingUtc, TimeSpan.Zero), 'f')}. " +
        "Meanwhile, an easy 10 minutes on your own still counts. 🌱");

    public static Message CheckIn(long groupId, IReadOnlyList<ulong> active) => new(
        $"👋 {Names(active)}, buddy check-in! How is your running week going? " +
        "Tap one: your answer stays private, and every answer is a good one.")
    {
        PingUserIds = active,
        Buttons =
        [
            new ActionButton(BuddyAnswerIds.For(groupId, BuddyAnswerKind.Ran), "I ran", ButtonStyle.Success),
            new ActionButton(BuddyAnswerIds.For(groupId, BuddyAnswerKind.Planning), "Planning to", ButtonStyle.Primary),
            new ActionButton(BuddyAnswerIds.For(groupId, BuddyAnswerKind.NotThisWeek), "Not this week — that's OK"),
        ],
    };

    /// <summary>Header, one line per group, then the footer, in as many messages as the limit needs.</summary>
    public static IReadOnlyList<Message> Pairing(IReadOnlyList<IReadOnlyList<ulong>> groups, IReadOnlyList<string> footer)
    {
        var messages = new List<Message>();
        var text = new System.Text.StringBuilder(PairingHeader);
        var pings = new List<ulong>();

        void Append(string line, IEnumerable<ulong> who)
        {
            if (text.Length > 0 && text.Length + line.Length + 1 > MaxChars)
            {
                messages.Add(new Message(text.ToString()) { PingUserIds = [.. pings] });
                text.Clear();
                pings.Clear();
            }

            text.Append(text.Length == 0 ? "" : "\n").Append(line);
            pings.AddRange(who);
        }

        foreach (var group in groups)
        {
            Append("• " + Names(group), group);
        }

        foreach (var line in footer)
        {
            Append(line, []);
        }

        messages.Add(new Message(text.ToString()) { PingUserIds = [.. pings] });
        return messages;
    }
}
