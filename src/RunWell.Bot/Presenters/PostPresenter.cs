using RunWell.Bot.Words;
using RunWell.Domain.Buddies;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Messaging;
using RunWell.Domain.Nudges;
using RunWell.Domain.Plans;
using RunWell.Domain.Posts;
using RunWell.Domain.Summaries;

namespace RunWell.Bot.Presenters;

/// <summary>Every scheduled post and DM, worded in its reader's language.</summary>
internal sealed class PostPresenter : IPostPresenter
{
    public Message Present(PostFacts facts, string? language)
    {
        using var _ = Languages.Use(language);
        return facts switch
        {
            PairingPost p => BuddyPostPresenter.Pairing(p),
            AloneInPairingDirect p => BuddyPostPresenter.AloneDirect(p),
            BuddyCheckInPost p => BuddyPostPresenter.CheckIn(p),
            NudgeDirect p => NudgePresenter.Direct(p),
            NudgeChannelFallback p => NudgePresenter.ChannelFallback(p),
            WeeklySummaryPost p => SummaryPresenter.Present(p),
            PlanReminderFacts p => Copy.PlanReminderCopy.Compose(p),
            GroupRunAnnouncementPost p => Copy.GroupRunCopy.Instance.Announcement(p.View),
            GroupRunWhoCamePost p => Copy.GroupRunCopy.WhoCame(p.Run),
            GroupRunReminderDirect p => Copy.GroupRunCopy.Reminder(p.Run),
            GroupRunCancelledDirect p => Copy.GroupRunCopy.CancelledNotice(p.Run),
            _ => throw new ArgumentException($"No presenter for {facts.GetType().Name}.", nameof(facts)),
        };
    }
}
