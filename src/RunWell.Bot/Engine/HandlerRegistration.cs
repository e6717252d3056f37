using Microsoft.Extensions.DependencyInjection;

namespace RunWell.Bot.Engine;

/// <summary>
/// Handlers are registered under the key they answer to (a command path, a button or form prefix, a
/// command and option), so <see cref="BotEngine"/> builds only the one an interaction needs. Transient:
/// an interaction resolves its handler once, so a scoped one only cost the scope a cache entry.
/// Taken as <c>IEnumerable</c>, every handler was built for every interaction, with every domain
/// service and store behind it. The key must equal the handler's own Path/Prefix: a test checks it.
/// </summary>
internal static class HandlerRegistration
{
    public static IServiceCollection AddCommandHandler<T>(this IServiceCollection services, string path)
        where T : class, ICommandHandler =>
        services.AddKeyedTransient<ICommandHandler, T>(path);

    public static IServiceCollection AddComponentHandler<T>(this IServiceCollection services, string prefix)
        where T : class, IComponentHandler =>
        services.AddKeyedTransient<IComponentHandler, T>(prefix);

    public static IServiceCollection AddModalHandler<T>(this IServiceCollection services, string prefix)
        where T : class, IModalHandler =>
        services.AddKeyedTransient<IModalHandler, T>(prefix);

    public static IServiceCollection AddAutocompleteHandler<T>(this IServiceCollection services, string path, string option)
        where T : class, IAutocompleteHandler =>
        services.AddKeyedTransient<IAutocompleteHandler, T>(new AutocompleteKey(path, option));

    public static IServiceCollection AddAutocompleteHandler(this IServiceCollection services, string path, string option, Func<IAutocompleteHandler> create) =>
        services.AddKeyedTransient(new AutocompleteKey(path, option), (_, _) => create());
}

/// <summary>The key of an autocomplete handler: one option of one command.</summary>
internal readonly record struct AutocompleteKey(string Path, string Option);
