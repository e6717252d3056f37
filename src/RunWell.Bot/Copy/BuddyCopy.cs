using RunWell.Bot.Presenters;
using RunWell.Domain.Buddies;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>The replies of /buddy, /pause, /resume and the check-in buttons: short, warm, never about a buddy's reasons.</summary>
public static class BuddyCopy
{
    public static TimestampPart When(DateTime utc) => TimestampPart.Utc(utc);

    public static RichText Joined(BuddyOptChange change)
    {
        var text = Rich(change.Changed ? "Buddy_Joined" : "Buddy_AlreadyIn", When(change.NextPairingUtc));
        return change.PausedUntilUtc is { } until ? text + " " + Rich("Buddy_JoinedWhilePaused", When(until)) : text;
    }

    public static RichText Left(BuddyOptChange change) => Rich(change.Changed ? "Buddy_Left" : "Buddy_NotIn");

    public static RichText Status(BuddyStatus status)
    {
        var lines = new List<RichText>();
        if (status.Partners.Count > 0)
        {
            var known = status.Partners.Select(p => p.UserId).OfType<ulong>().ToList();
            if (known.Count > 0)
            {
                lines.Add(Rich(status.Partners.Count > 1 ? "Buddy_YourBuddies" : "Buddy_YourBuddy", Names.Of(known, ping: false)));
            }

            lines.AddRange(status.Partners.Select(Partner).OfType<RichText>());
        }
        else if (status.OptedIn)
        {
            lines.Add(Rich("Buddy_NoBuddyYet"));
        }

        lines.Add(status.OptedIn ? Rich("Buddy_InPairing", When(status.NextPairingUtc)) : Rich("Buddy_NotInPairing"));
        if (status.PausedUntilUtc is { } until)
        {
            lines.Add(Rich("Buddy_OnBreak", When(until)));
        }

        return RichText.Join("\n", lines);
    }

    public static RichText Paused(bool extended, DateTime untilUtc, bool withReason)
    {
        var text = Rich(extended ? "Pause_Extended" : "Pause_Started", When(untilUtc)) + " " + Rich("Pause_OnHold");
        if (withReason)
        {
            text += " " + Rich("Pause_ReasonPrivate");
        }

        return text + " " + Rich("Pause_ResumeWhenReady");
    }

    public static RichText Resumed(bool wasPaused) => Rich(wasPaused ? "Resume_WelcomeBack" : "Resume_NotPaused");

    public static RichText Answered(BuddyAnswered answered)
    {
        var text = Rich(answered.Answer switch
        {
            BuddyAnswerKind.Ran => "Answer_Ran",
            BuddyAnswerKind.Planning => "Answer_Planning",
            _ => "Answer_NotThisWeek",
        });
        return answered.Previous is { } previous && previous != answered.Answer ? Rich("Answer_Changed") + " " + text : text;
    }

    private static RichText? Partner(BuddyPartner partner) => partner.State switch
    {
        PartnerState.OnBreak => Rich("Buddy_PartnerOnBreak", new UserPart(partner.UserId!.Value)),
        PartnerState.LeftPairing => Rich("Buddy_PartnerLeft", new UserPart(partner.UserId!.Value)),
        PartnerState.Gone => Rich("Buddy_PartnerGone"),
        _ => null,
    };
}
