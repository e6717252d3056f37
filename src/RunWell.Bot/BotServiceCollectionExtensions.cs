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
    /// <summary>The engine and every handler, registered explicitly (no scanning), all scoped.</summary>
    public static IServiceCollection AddRunWellBot(this IServiceCollection services)
    {
        services.AddScoped<BotEngine>();

        services.AddScoped<ICommandHandler, HelpHandler>();
        services.AddScoped<ICommandHandler, CheckInHandler>();
        services.AddScoped<ICommandHandler, RunLogHandler>();
        services.AddScoped<ICommandHandler, RunUndoHandler>();
        services.AddScoped<ICommandHandler, RunHistoryHandler>();
        services.AddScoped<ICommandHandler, ReviewHandler>();
        services.AddScoped<ICommandHandler, ProfileTimezoneHandler>();
        services.AddScoped<ICommandHandler, ProfileShowHandler>();
        services.AddScoped<ICommandHandler, ProfileShoutOutHandler>();
        services.AddScoped<IAutocompleteHandler>(_ => new TimeZoneAutocomplete("profile timezone", "tz"));

        services.AddSingleton<IReviewChart, ScottPlotReviewChart>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ICommandHandler, RunwellSetupHandler>();
        services.AddScoped<ICommandHandler, RunwellSupportHandler>();
        services.AddScoped<ICommandHandler, RunwellRetentionHandler>();
        services.AddScoped<ICommandHandler, RunwellStatusHandler>();
        services.AddScoped<IAutocompleteHandler>(_ => new TimeZoneAutocomplete("runwell setup", "timezone"));
        services.AddScoped<ICommandHandler, PrivacyExportHandler>();
        services.AddScoped<ICommandHandler, PrivacyDeleteHandler>();
        services.AddScoped<IComponentHandler, PrivacyButtons>();
        services.AddScoped<IComponentHandler, RetentionButtons>();
        services.AddScoped<ICommandHandler, BuddyJoinHandler>();
        services.AddScoped<ICommandHandler, BuddyLeaveHandler>();
        services.AddScoped<ICommandHandler, BuddyStatusHandler>();
        services.AddScoped<IComponentHandler, BuddyAnswerHandler>();
        services.AddScoped<ICommandHandler, PauseHandler>();
        services.AddScoped<ICommandHandler, ResumeHandler>();
        // The weekly rhythm: nudge settings and buttons, the admin preview, the summary chart.
        services.AddScoped<ICommandHandler, NudgeOnHandler>();
        services.AddScoped<ICommandHandler, NudgeOffHandler>();
        services.AddScoped<IComponentHandler, NudgeSnoozeButton>();
        services.AddScoped<IComponentHandler, NudgeStopButton>();
        services.AddScoped<ICommandHandler, PreviewHandler>();

        // Group runs: commands, buttons, the after-ratings form, and the words of their posts.
        services.AddSingleton<IGroupRunCopy>(GroupRunCopy.Instance);
        services.AddScoped<ICommandHandler, GroupRunCreateHandler>();
        services.AddScoped<ICommandHandler, GroupRunListHandler>();
        services.AddScoped<ICommandHandler, GroupRunCancelHandler>();
        services.AddScoped<ICommandHandler, GroupRunRemindersHandler>();
        services.AddScoped<IAutocompleteHandler, GroupRunCancelAutocomplete>();
        services.AddScoped<IComponentHandler, GroupRunButtons>();
        services.AddScoped<IModalHandler, GroupRunAfterForm>();

        // The presenter words every scheduled post and DM; the domain's recorder calls it through its port.
        services.AddSingleton<IPostPresenter, PostPresenter>();

        // The gentle plan: commands and the three buttons of its reminder (worded by the post presenter).
        services.AddScoped<ICommandHandler, PlanSetHandler>();
        services.AddScoped<ICommandHandler, PlanShowHandler>();
        services.AddScoped<ICommandHandler, PlanClearHandler>();
        services.AddScoped<ICommandHandler, ProfileCelebrateHandler>();
        services.AddScoped<IComponentHandler, PlanDoneButton>();
        services.AddScoped<IComponentHandler, PlanWalkButton>();
        services.AddScoped<IComponentHandler, PlanSkipButton>();
        return services;
    }
}
