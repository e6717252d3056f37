using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace RunWell.Bot.Engine;

/// <summary>
/// Which handler serves which command path, button prefix and autocomplete option. Learnt once from
/// the registered handlers; per interaction only the one handler needed is then created, with its
/// dependencies from the interaction's own scope. (Injecting every handler into the engine built all
/// of them, and every domain service and store behind them, for each interaction.)
/// </summary>
public sealed class HandlerIndex(IServiceScopeFactory scopes)
{
    private readonly Lazy<Maps> _maps = new(() => Learn(scopes));

    // Built on a type's first use, not up front: the first interaction after a start stays as quick as before.
    private readonly ConcurrentDictionary<Type, ObjectFactory> _factories = new();

    internal ICommandHandler? Command(IServiceProvider scope, string path) =>
        _maps.Value.Commands.TryGetValue(path, out var type) ? (ICommandHandler)Create(scope, type) : null;

    internal IComponentHandler? Component(IServiceProvider scope, string prefix) =>
        _maps.Value.Components.TryGetValue(prefix, out var type) ? (IComponentHandler)Create(scope, type) : null;

    internal IAutocompleteHandler? Autocomplete(IServiceProvider scope, string path, string option) =>
        _maps.Value.Autocomplete.TryGetValue((path, option), out var type) ? (IAutocompleteHandler)Create(scope, type) : null;

    private object Create(IServiceProvider scope, Type type) =>
        _factories.GetOrAdd(type, static t => ActivatorUtilities.CreateFactory(t, Type.EmptyTypes))(scope, null);

    private static Maps Learn(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        return new Maps(
            services.GetServices<ICommandHandler>().ToDictionary(h => h.Path, h => h.GetType(), StringComparer.Ordinal),
            services.GetServices<IComponentHandler>().ToDictionary(h => h.Prefix, h => h.GetType(), StringComparer.Ordinal),
            services.GetServices<IAutocompleteHandler>().ToDictionary(h => (h.Path, h.OptionName), h => h.GetType()));
    }

    private sealed record Maps(
        Dictionary<string, Type> Commands,
        Dictionary<string, Type> Components,
        Dictionary<(string, string), Type> Autocomplete);
}
