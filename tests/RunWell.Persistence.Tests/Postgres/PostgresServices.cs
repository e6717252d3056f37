using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RunWell.Bot.Engine;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Postgres;

/// <summary>
/// The real persistence, domain and bot registrations (TestServices' composition) with Database:Provider
/// Postgres, migrated by the real migrator.
/// </summary>
internal sealed class PostgresServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private PostgresServices(ServiceProvider provider, FakeTimeProvider time)
    {
        _provider = provider;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _provider;

    public static async Task<PostgresServices> StartAsync(string connectionString)
    {
        var time = new FakeTimeProvider(TestServices.DefaultNow);
        var provider = TestServices.Build(TestServices.CreateBuilder(connectionString, time, "Postgres"));
        await provider.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single().StartAsync(CancellationToken.None);
        return new PostgresServices(provider, time);
    }

    public Task<Reply> RunAsync(string path, Caller caller, params (string Name, object? Value)[] options) =>
        RunAsync(Commands.Request(path, caller, options));

    /// <summary>Runs a request built by the test (e.g. one delivered twice, with the same interaction id).</summary>
    public async Task<Reply> RunAsync(CommandRequest request)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotEngine>().RunCommandAsync(request, CancellationToken.None);
    }

    public async Task<Reply> PressAsync(string customId, Caller caller)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotEngine>().RunComponentAsync(new ComponentRequest(customId, caller), CancellationToken.None);
    }

    public async Task<RunWell.Domain.Privacy.RetentionReport> RunRetentionAsync()
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RunWell.Domain.Privacy.RetentionService>().RunAsync(CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<RunWellDbContext, Task<T>> query)
    {
        await using var scope = _provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RunWellDbContext>();
        return await query(db);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
