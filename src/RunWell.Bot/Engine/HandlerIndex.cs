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

    internal ICommandHandler? Command(IServiceProvider scope, string path) =>
        _maps.Value.Commands.TryGetValue(path, out var create) ? (ICommandHandler)create(scope, null) : null;

    internal IComponentHandler? Component(IServiceProvider scope, string prefix) =>
        _maps.Value.Components.TryGetValue(prefix, out var create) ? (IComponentHandler)create(scope, null) : null;

    internal IAutocompleteHandler? Autocomplete(IServiceProvider scope, string path, string option) =>
        _maps.Value.Autocomplete.TryGetValue((path, option), out var create) ? (IAutocompleteHandler)create(scope, null) : null;

    private static Maps Learn(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        return new Maps(
            services.GetServices<ICommandHandler>().ToDictionary(h => h.Path, FactoryOf, StringComparer.Ordinal),
            services.GetServices<IComponentHandler>().ToDictionary(h => h.Prefix, FactoryOf, StringComparer.Ordinal),
            services.GetServices<IAutocompleteHandler>().ToDictionary(h => (h.Path, h.OptionName), FactoryOf));
    }

    private static ObjectFactory FactoryOf(object handler) => ActivatorUtilities.CreateFactory(handler.GetType(), Type.EmptyTypes);

    private sealed record Maps(
        Dictionary<string, ObjectFactory> Commands,
        Dictionary<string, ObjectFactory> Components,
        Dictionary<(string, string), ObjectFactory> Autocomplete);
}
