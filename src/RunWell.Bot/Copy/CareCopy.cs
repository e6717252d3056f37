namespace RunWell.Bot.Copy;

/// <summary>The words RunWell uses about privacy and care. Kept together so they stay consistent.</summary>
public static class CareCopy
{
    public const string PrivacyNotice =
        "🔒 First entry saved. RunWell stores what you log here (times, minutes, ratings, notes) for this server only. " +
        "It is private: nobody else sees it, not buddies, not admins. Group posts show totals, one rounded group mood figure per week, " +
        "and a shout-out naming who ran (never how much; `/profile shoutout off` leaves you out). " +
        "`/privacy export` downloads it all, `/privacy delete` erases it.";

    /// <summary>Said by /help and the signpost whatever support text a server sets.</summary>
    public const string ProfessionalCare =
        "RunWell complements professional care and never replaces it.";

    public const string Signpost =
        "💛 That sounds like a heavy moment. Be gentle with yourself today; an easy walk counts. " +
        "If things feel hard, `/help` shows this server's support text and where to find help.";

    public const string Spirit =
        "Easy, short and frequent beats rare and hard: 10–25 minutes at a chatty pace, jog-walk counts.\n" +
        "When motivation crashes, 5 minutes is enough; starting is the success.\n" +
        "A missed run is not a failure. No guilt, no leaderboards, just showing up again.";
}
