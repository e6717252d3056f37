using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Charts;
using RunWell.Bot.Engine;
using RunWell.Bot.Handlers;
using RunWell.Bot.Handlers.Admin;
using RunWell.Bot.Handlers.Privacy;
using RunWell.Bot.Handlers.Rhythm;
using RunWell.Bot.Presenters;
using RunWell.Domain.Posts;
using RunWell.Domain.Reviews;
using RunWell.Bot.Handlers.Plans;
using RunWell.Bot.Copy;
using RunWell.Domain.Plans;
using RunWell.Bot.Handlers.GroupRuns;
using RunWell.Domain.GroupRuns;

namespace RunWell.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The engine and every handler, registered explicitly (no scanning), all scoped, each under the
    /// command path or id prefix it answers to (see <see cref="HandlerRegistration"/>).
    /// </summary>
    public static IServiceCollection AddRunWellBot(this IServiceCollection services)
    {
        services.AddScoped<BotEngine>();

        services.AddCommandHandler<HelpHandler>("help");
        services.AddCommandHandler<CheckInHandler>("checkin");
        services.AddCommandHandler<RunLogHandler>("run log");
        services.AddCommandHandler<RunUndoHandler>("run undo");
        services.AddCommandHandler<RunHistoryHandler>("run history");
        services.AddCommandHandler<ReviewHandler>("review");
        services.AddCommandHandler<ProfileTimezoneHandler>("profile timezone");
        services.AddCommandHandler<ProfileShowHandler>("profile show");
        services.AddCommandHandler<ProfileShoutOutHandler>("profile shoutout");
        services.AddAutocompleteHandler("profile timezone", "tz", () => new TimeZoneAutocomplete("profile timezone", "tz"));

        services.AddSingleton<IReviewChart, ScottPlotReviewChart>();
        services.AddScoped<ReviewService>();
        services.AddCommandHandler<RunwellSetupHandler>("runwell setup");
        services.AddCommandHandler<RunwellSupportHandler>("runwell support");
        services.AddCommandHandler<RunwellRetentionHandler>("runwell retention");
        services.AddCommandHandler<RunwellStatusHandler>("runwell status");
        services.AddAutocompleteHandler("runwell setup", "timezone", () => new TimeZoneAutocomplete("runwell setup", "timezone"));
        services.AddCommandHandler<PrivacyExportHandler>("privacy export");
        services.AddCommandHandler<PrivacyDeleteHandler>("privacy delete");
        services.AddComponentHandler<PrivacyButtons>("privacy");
        services.AddComponentHandler<RetentionButtons>("retention");
        services.AddCommandHandler<BuddyJoinHandler>("buddy join");
        services.AddCommandHandler<BuddyLeaveHandler>("buddy leave");
        services.AddCommandHandler<BuddyStatusHandler>("buddy status");
        services.AddComponentHandler<BuddyAnswerHandler>(BuddyAnswerIds.Prefix);
        services.AddCommandHandler<PauseHandler>("pause");
        services.AddCommandHandler<ResumeHandler>("resume");
        // The weekly rhythm: nudge settings and buttons, the admin preview, the summary chart.
        services.AddCommandHandler<NudgeOnHandler>("nudge on");
        services.AddCommandHandler<NudgeOffHandler>("nudge off");
        services.AddComponentHandler<NudgeSnoozeButton>(NudgeIds.SnoozePrefix);
        services.AddComponentHandler<NudgeStopButton>(NudgeIds.StopPrefix);
        services.AddCommandHandler<PreviewHandler>("runwell preview");

        // Group runs: commands, buttons, the after-ratings form, and the words of their posts.
        services.AddSingleton<IGroupRunCopy>(GroupRunCopy.Instance);
        services.AddCommandHandler<GroupRunCreateHandler>("grouprun create");
        services.AddCommandHandler<GroupRunListHandler>("grouprun list");
        services.AddCommandHandler<GroupRunCancelHandler>("grouprun cancel");
        services.AddCommandHandler<GroupRunRemindersHandler>("grouprun reminders");
        services.AddAutocompleteHandler<GroupRunCancelAutocomplete>("grouprun cancel", "run");
        services.AddComponentHandler<GroupRunButtons>("grouprun");
        services.AddModalHandler<GroupRunAfterForm>(GroupRunReplies.GroupRunAfterFormId);

        // The presenter words every scheduled post and DM; the domain's recorder calls it through its port.
        services.AddSingleton<IPostPresenter, PostPresenter>();

        // The gentle plan: commands and the three buttons of its reminder (worded by the post presenter).
        services.AddCommandHandler<PlanSetHandler>("plan set");
        services.AddCommandHandler<PlanShowHandler>("plan show");
        services.AddCommandHandler<PlanClearHandler>("plan clear");
        services.AddCommandHandler<ProfileCelebrateHandler>("profile celebrate");
        services.AddComponentHandler<PlanDoneButton>(PlanReminderCopy.DonePrefix);
        services.AddComponentHandler<PlanWalkButton>(PlanReminderCopy.WalkPrefix);
        services.AddComponentHandler<PlanSkipButton>(PlanReminderCopy.SkipPrefix);
        return services;
    }
}
