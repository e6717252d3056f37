using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RunWell.Bot;
using RunWell.Domain;
using RunWell.Persistence;

namespace RunWell.Testing;

/// <summary>
/// The real domain, bot and persistence registrations over a real SQLite file, with a
/// <see cref="FakeTimeProvider"/>: what handler and service tests run against. The projects below the host
/// (Domain, Bot, Persistence, Scheduling tests) do not reference it, so this is their one composition
/// (<see cref="CreateBuilder"/>, the PostgreSQL tests' too); RunWell.Tests builds every host with RunWellHost.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    /// <summary>Wednesday 25 November 2026, 12:00 UTC: a fixed, ordinary "now".</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private readonly bool _ownsDatabase;

    private TestServices(TestDatabase database, ServiceProvider provider, FakeTimeProvider time, bool ownsDatabase = true)
    {
        _ownsDatabase = ownsDatabase;
        Database = database;
        _provider = provider;
        Time = time;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _provider;

    /// <param name="configure">Extra registrations (fakes for ports, more areas) before the container is built.</param>
    public static async Task<TestServices> CreateAsync(Action<HostApplicationBuilder>? configure = null, DateTimeOffset? now = null) =>
        Create(await TestDatabase.CreateAsync(), configure, now, ownsDatabase: true);

    /// <summary>A container over an existing database that outlives it: a "restart" of the bot.</summary>
    public static TestServices Over(TestDatabase database, Action<HostApplicationBuilder>? configure = null, DateTimeOffset? now = null) =>
        Create(database, configure, now, ownsDatabase: false);

    private static TestServices Create(TestDatabase database, Action<HostApplicationBuilder>? configure, DateTimeOffset? now, bool ownsDatabase)
    {
        var time = new FakeTimeProvider(now ?? DefaultNow);
        var builder = CreateBuilder(database.ConnectionString, time);
        configure?.Invoke(builder);
        return new TestServices(database, Build(builder), time, ownsDatabase);
    }

    /// <summary>The persistence, domain and bot registrations on a fake clock, for a database on either provider.</summary>
    public static HostApplicationBuilder CreateBuilder(string connectionString, FakeTimeProvider time, string provider = "Sqlite")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration["ConnectionStrings:RunWell"] = connectionString;
        builder.Configuration["Database:Provider"] = provider;
        builder.AddRunWellPersistence();
        builder.Services.AddRunWellDomain();
        builder.Services.AddRunWellBot();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
        builder.Services.TryAddSingleton<TimeProvider>(time);
        return builder;
    }

    /// <summary>The container, validated as the host validates it (scopes and every registration at build).</summary>
    public static ServiceProvider Build(HostApplicationBuilder builder) =>
        builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

    public AsyncServiceScope CreateScope() => _provider.CreateAsyncScope();

    /// <summary>Runs <paramref name="work"/> in a fresh scope, as one interaction would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = CreateScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}
