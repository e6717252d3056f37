using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RunWell.Domain.GroupRuns;

internal static class GroupRunServiceCollectionExtensions
{
    /// <summary>
    /// Group runs. The platform (Discord events or the console) and the calendar (Quartz) replace the
    /// no-op defaults; the words come from the bot's presenter (<see cref="IGroupRunCopy"/>).
    /// </summary>
    public static IServiceCollection AddRunWellGroupRuns(this IServiceCollection services)
    {
        services.TryAddSingleton<IGroupRunPlatform, NoGroupRunPlatform>();
        services.TryAddSingleton<IGroupRunScheduler, NoGroupRunScheduler>();
        services.AddScoped<GroupRunPosts>();
        services.AddScoped<GroupRunService>();
        services.AddScoped<GroupRunAttendance>();
        services.AddScoped<GroupRunLifecycle>();
        return services;
    }
}
