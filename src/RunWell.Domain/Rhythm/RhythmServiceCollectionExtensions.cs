using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RunWell.Domain.Nudges;
using RunWell.Domain.Posts;
using RunWell.Domain.Summaries;

namespace RunWell.Domain.Rhythm;

internal static class RhythmServiceCollectionExtensions
{
    /// <summary>
    /// The group's weekly rhythm: publisher, delivery, planner, nudges, the weekly summary producer and
    /// the preview. The calendar and the outbox wake-up are no-ops until the scheduler replaces them.
    /// The delivery worker is registered by the scheduler, because it needs a real IOutboundMessenger.
    /// Other producers (buddy pairing, check-in) register as <c>AddScoped&lt;IGroupPostProducer, T&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddRunWellRhythm(this IServiceCollection services)
    {
        services.TryAddSingleton<ISlotScheduler, NoSlotScheduler>();
        services.TryAddSingleton<IOutboxSignal, NoOutboxSignal>();

        services.AddScoped<PostRecorder>();
        services.AddScoped<GroupPostPublisher>();
        services.AddScoped<RhythmPlanner>();
        services.AddScoped<IClubScheduleChanged>(sp => sp.GetRequiredService<RhythmPlanner>());
        services.AddScoped<GroupPostPreview>();

        services.AddScoped<NudgeSweep>();
        services.AddScoped<NudgeSettings>();

        services.AddScoped<IGroupPostProducer, WeeklySummaryProducer>();
        return services;
    }
}
