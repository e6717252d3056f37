using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Catalog;
using RunWell.Bot.Engine;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Catalog;

/// <summary>
/// The engine finds a handler by the key it was registered under, not by asking every handler its
/// path: so every key must be the handler's own, once, and nothing may be registered without one
/// (such a handler would never be found).
/// </summary>
public sealed class HandlerRegistrationTests
{
    private static readonly Type[] HandlerKinds = [typeof(ICommandHandler), typeof(IComponentHandler), typeof(IModalHandler), typeof(IAutocompleteHandler)];

    private static readonly IServiceCollection Registrations = new ServiceCollection().AddRunWellBot();

    [Fact]
    public void Every_command_in_the_catalog_has_one_handler_under_its_path()
    {
        var paths = KeysOf(typeof(ICommandHandler)).Cast<string>().ToList();

        Assert.Equal(paths.Distinct().Count(), paths.Count);
        Assert.Equal(CommandCatalog.Paths.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_handler_is_registered_under_a_key_and_no_key_twice()
    {
        Assert.DoesNotContain(Registrations, d => HandlerKinds.Contains(d.ServiceType) && !d.IsKeyedService);
        Assert.All(HandlerKinds, kind =>
        {
            var keys = KeysOf(kind).ToList();
            Assert.Equal(keys.Distinct().Count(), keys.Count);
        });
    }

    [Fact]
    public async Task Every_handler_answers_to_the_key_it_is_registered_under()
    {
        await using var services = await TestServices.CreateAsync();
        await using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;

        Assert.All(KeysOf(typeof(ICommandHandler)), key => Assert.Equal(key, provider.GetRequiredKeyedService<ICommandHandler>(key).Path));
        Assert.All(KeysOf(typeof(IComponentHandler)), key => Assert.Equal(key, provider.GetRequiredKeyedService<IComponentHandler>(key).Prefix));
        Assert.All(KeysOf(typeof(IModalHandler)), key => Assert.Equal(key, provider.GetRequiredKeyedService<IModalHandler>(key).Prefix));
        Assert.All(KeysOf(typeof(IAutocompleteHandler)), key =>
        {
            var handler = provider.GetRequiredKeyedService<IAutocompleteHandler>(key);
            Assert.Equal(key, new AutocompleteKey(handler.Path, handler.OptionName));
        });
        Assert.NotEmpty(KeysOf(typeof(IComponentHandler)));
        Assert.NotEmpty(KeysOf(typeof(IModalHandler)));
        Assert.NotEmpty(KeysOf(typeof(IAutocompleteHandler)));
    }

    private static IEnumerable<object> KeysOf(Type kind) =>
        Registrations.Where(d => d.ServiceType == kind && d.IsKeyedService).Select(d => d.ServiceKey!);
}
