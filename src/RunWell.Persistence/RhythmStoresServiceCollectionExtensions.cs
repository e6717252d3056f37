using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Domain.Summaries;
using RunWell.Persistence.Stores;

namespace RunWell.Persistence;

internal static class RhythmStoresServiceCollectionExtensions
{
    /// <summary>The stores behind the weekly rhythm's ports (posts, outbox, summary, nudges).</summary>
    public static IServiceCollection AddRhythmStores(this IServiceCollection services)
    {
        services.AddScoped<IPostStore, PostStore>();
        services.AddScoped<IOutboxStore, OutboxStore>();
        services.AddScoped<ISummaryQueries, SummaryQueries>();
        services.AddScoped<INudgeStore, NudgeStore>();
        services.AddScoped<IGroupRunStore, GroupRunStore>();
        return services;
    }
}
