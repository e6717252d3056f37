using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RunWell.Discord.Rest;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Rest;

/// <summary>The REST client from the real registrations, without starting the gateway.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    /// <param name="time">The client's clock (a FakeTimeProvider for tests of waits); the wall clock when null.</param>
    public RestHarness(FakeDiscordServer fake, string? token = null, TimeProvider? time = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Token"] = token ?? fake.Token,
            ["ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        if (time is not null)
            services.AddSingleton(time);
        services.AddRunWellDiscord(config);
        services.Configure<DiscordTuning>(t => t.ServerErrorBackoffBase = TimeSpan.FromMilliseconds(10));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Rest = _provider.GetRequiredService<IDiscordRest>();
    }

    public IDiscordRest Rest { get; }

    /// <summary>The client's rate-limit counters.</summary>
    public RateLimitBuckets Buckets => _provider.GetRequiredService<RateLimitBuckets>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
