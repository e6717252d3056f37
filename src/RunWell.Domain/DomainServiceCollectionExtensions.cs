using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;
using RunWell.Domain.Entries;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Members;
using RunWell.Domain.Milestones;
using RunWell.Domain.Plans;
using RunWell.Domain.Privacy;
using RunWell.Domain.Posts;
using RunWell.Domain.Rhythm;

namespace RunWell.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>The domain services; the stores behind their ports come from the persistence project.</summary>
    public static IServiceCollection AddRunWellDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(new NewClubDefaults("UTC"));

        // Transient, not scoped: the entry path's services keep no state of their own (the scope's state is
        // its DbContext, which stays scoped), and every scoped service costs its interaction's scope an entry
        // in its cache. The eight on the /checkin path (these, its handler and its stores) made that
        // dictionary grow three times: 30.0 → 28.9 KB per warm /checkin (bench checkin-cost).
        // TransientServicesTests keeps every transient service of ours stateless.
        services.AddTransient<MembershipService>();
        services.AddTransient<EntryService>();
        services.AddScoped<EntryHistoryService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<ClubSettingsService>();
        services.AddScoped<ClubStatusService>();
        services.AddScoped<PrivacyService>();
        services.AddScoped<RetentionService>();
        services.AddScoped<ServerLifecycleService>();
        services.AddScoped<PauseService>();
        services.AddScoped<BuddyService>();
        services.AddScoped<BuddyAnswerService>();
        services.AddScoped<IGroupPostProducer, BuddyPairingProducer>();
        services.AddScoped<IGroupPostProducer, BuddyCheckInProducer>();

        // The gentle plan and milestones. Reminder words come from the bot's presenter (IPostPresenter).
        services.TryAddSingleton<IPlanReminderScheduler, NoPlanReminderScheduler>();
        services.AddTransient<MilestoneService>(); // transient: see MembershipService
        services.AddScoped<PlanService>();
        services.AddScoped<PlanReminderService>();
        services.AddScoped<PlanReminderAnswers>();
        services.Replace(ServiceDescriptor.Scoped<IClubScheduleChanged, PlanAwareScheduleChanged>());
        services.AddRunWellRhythm();
        services.AddRunWellGroupRuns();
        return services;
    }
}
