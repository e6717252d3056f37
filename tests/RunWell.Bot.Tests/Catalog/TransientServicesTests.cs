using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunWell.Domain.Entries;
using RunWell.Domain.Ports;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Catalog;

/// <summary>
/// Services of ours are transient only when they keep no state of their own (AddRunWellDomain says why
/// the entry path's are): a second instance in the same scope must then behave exactly as the first.
/// So a transient class holds nothing but what it was constructed with.
/// </summary>
public sealed class TransientServicesTests
{
    [Fact]
    public void Every_transient_service_of_ours_holds_only_what_it_was_constructed_with()
    {
        var registrations = TestServices.CreateBuilder("Data Source=unused.db", new FakeTimeProvider()).Services;
        var transient = registrations
            .Where(d => d.Lifetime == ServiceLifetime.Transient)
            .Select(d => d.IsKeyedService ? d.KeyedImplementationType : d.ImplementationType)
            .OfType<Type>()
            .Where(t => t.Assembly.GetName().Name!.StartsWith("RunWell", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains(typeof(EntryService), transient);
        Assert.Contains(registrations, d => d.ServiceType == typeof(IMemberStore) && d.Lifetime == ServiceLifetime.Transient);
        Assert.All(transient, type => Assert.All(
            type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic),
            field => Assert.True(field.IsInitOnly || IsConstructorParameter(type, field), $"{type.Name}.{field.Name} can change after construction")));
    }

    /// <summary>A primary constructor's parameter kept as a field (named &lt;name&gt;P by the compiler).</summary>
    private static bool IsConstructorParameter(Type type, FieldInfo field) =>
        field.Name.StartsWith('<') && field.Name.EndsWith(">P", StringComparison.Ordinal)
        && type.GetConstructors().Any(c => c.GetParameters().Any(p => field.Name == "<" + p.Name + ">P"));
}
