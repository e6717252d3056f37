using RunWell.Domain.Messaging;
using RunWell.Domain.Nudges;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Presenters;

/// <summary>The nudge DM and its channel fallback: warm, guilt-free, about five minutes, never about missing.</summary>
internal static class NudgePresenter
{
    /// <summary>The DM. Rotates by day and member so it doesn't read like a form letter.</summary>
    public static Message Direct(NudgeDirect nudge)
    {
        var seed = nudge.LocalDate.DayNumber + (int)(nudge.UserId % 997);
        var text = RichText.Join("\n\n",
        [
            Pick("Nudge_Openers", seed),
            Rich("Nudge_Body"),
            RichText.Of(new EmphasisPart(Get("Nudge_IdeaLabel")), new TextPart(" " + Pick("Nudge_Tips", seed))),
            RichText.Of(new EmphasisPart(SupportText.Or(nudge.SupportText), Emphasis.Soft)),
        ]);

        return new Message(text)
        {
            Buttons =
            [
                new ActionButton(NudgeIds.Snooze(nudge.GuildId), Get("Nudge_Snooze")),
                new ActionButton(NudgeIds.Stop(nudge.GuildId), Get("Nudge_Stop"), ButtonStyle.Danger),
            ],
        };
    }

    public static Message ChannelFallback(NudgeChannelFallback nudge) =>
        new(Rich("Nudge_ChannelFallback", new UserPart(nudge.UserId, Ping: true)));
}
