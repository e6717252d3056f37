using RunWell.Domain.Buddies;
using RunWell.Domain.Messaging;

namespace RunWell.Bot.Copy;

/// <summary>The replies of /buddy, /pause, /resume and the check-in buttons: short, warm, never about a buddy's reasons.</summary>
public static class BuddyCopy
{
    public static string When(DateTime utc) => Mention.Time(new DateTimeOffset(utc, TimeSpan.Zero), 'f');

    public static string Joined(BuddyOptChange change)
    {
        var text = change.Changed
            ? $"You're in! 🤝 Next pairing: {When(change.NextPairingUtc)}. You'll meet someone new each week."
            : $"You're already in buddy pairing. Next pairing: {When(change.NextPairingUtc)}.";
        return change.PausedUntilUtc is { } until
            ? text + $" You're on a break until {When(until)}; pairing picks you up after that."
            : text;
    }

    public static string Left(BuddyOptChange change) => change.Changed
        ? "You've left buddy pairing. No hard feelings: `/buddy join` any time."
        : "You're not in buddy pairing right now; `/buddy join` if you'd like a buddy.";

    public static string Status(BuddyStatus status)
    {
        var lines = new List<string>();
        if (status.Partners.Count > 0)
        {
            var names = BuddyPosts.Names([.. status.Partners.Select(p => p.UserId).OfType<ulong>()]);
            if (names.Length > 0)
            {
                lines.Add((status.Partners.Count > 1 ? "Your buddies this week: " : "Your buddy this week: ") + names + ".");
            }

            lines.AddRange(status.Partners.Select(Partner).OfType<string>());
        }
        else if (status.OptedIn)
        {
            lines.Add("No buddy for you this week yet.");
        }

        lines.Add(status.OptedIn
            ? $"You're in buddy pairing. Next pairing: {When(status.NextPairingUtc)}."
            : "You're not in buddy pairing: `/buddy join` to get a weekly buddy.");

        if (status.PausedUntilUtc is { } until)
        {
            lines.Add($"You're on a break until {When(until)}, so you won't be paired or nudged. `/resume` when you're ready.");
        }

        return string.Join('\n', lines);
    }

    public static string Paused(bool extended, DateTime untilUtc, bool withReason) =>
        (extended ? $"Your break now runs until {When(untilUtc)}." : $"Paused until {When(untilUtc)}.") +
        " Nudges and buddy pairing are on hold, and a paused week never breaks your weeks-in-a-row." +
        (withReason ? " Your reason stays private to you." : "") +
        " `/resume` when you're ready. Rest well 💛";

    public static string Resumed(bool wasPaused) => wasPaused
        ? "Welcome back! 🌱 Nudges and buddy pairing are on again. Start easy: 5 minutes counts."
        : "You're not on a break right now, so nothing changed.";

    public static string Answered(BuddyAnswered answered)
    {
        var text = answered.Answer switch
        {
            BuddyAnswerKind.Ran => "Lovely: you ran this week. 🌱",
            BuddyAnswerKind.Planning => "Noted: planning to. An easy 10 minutes counts.",
            _ => "Thanks for saying so. Not this week is OK; rest is part of it. 💛",
        };
        return answered.Previous is { } previous && previous != answered.Answer ? "Answer changed. " + text : text;
    }

    private static string? Partner(BuddyPartner partner) => partner.State switch
    {
        PartnerState.OnBreak => $"{Mention.User(partner.UserId!.Value)} is taking a break right now 💛 no need to wait on them.",
        PartnerState.LeftPairing => $"{Mention.User(partner.UserId!.Value)} has stepped out of buddy pairing.",
        PartnerState.Gone => "One of your buddies has left RunWell.",
        _ => null,
    };
}
