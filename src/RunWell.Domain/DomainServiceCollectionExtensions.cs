using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Rhythm;

namespace RunWell.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>The domain services; the stores behind their ports come from the persistence project.</summary>
    public static IServiceCollection AddRunWellDomain(this IServiceCollection services)
    {
        services.AddScoped<MembershipService>();
        services.AddScoped<EntryService>();
        services.AddRunWellRhythm();
        return services;
    }
}
