using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using RunWell.Domain.Posts;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests.Support;

/// <summary>
/// The real container with the real Quartz scheduler on a FakeTimeProvider over a real SQLite file.
/// Disposing it and creating another over the same database is a restart of the bot.
/// </summary>
public sealed class RhythmHost : IAsyncDisposable
{
    private readonly List<IHostedService> _started = [];

    private RhythmHost(TestServices services, FakeMessenger messenger)
    {
        Services = services;
        Messenger = messenger;
    }

    public TestServices Services { get; }

    public FakeMessenger Messenger { get; }

    public TestDatabase Database => Services.Database;

    public static async Task<RhythmHost> StartAsync(TestDatabase database, DateTimeOffset now, params IGroupPostProducer[] producers)
    {
        var messenger = new FakeMessenger();
        var services = TestServices.Over(database, builder =>
        {
            builder.AddRunWellScheduling();
            builder.Services.AddSingleton<RunWell.Domain.Ports.IOutboundMessenger>(messenger);
            foreach (var producer in producers)
            {
                builder.Services.AddSingleton(producer);
            }
        }, now);

        var host = new RhythmHost(services, messenger);
        foreach (var hosted in services.Services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            host._started.Add(hosted);
        }

        // What the generic host does after every StartAsync: Quartz waits for it before starting.
        ((Microsoft.Extensions.Hosting.Internal.ApplicationLifetime)services.Services.GetRequiredService<IHostApplicationLifetime>()).NotifyStarted();

        // The startup run plans every club (tests always seed one); wait so time moves from a known calendar.
        await WaitUntilAsync(async () => await host.NextFireAsync(PostKind.WeeklySummary) is not null);
        return host;
    }

    public async Task<IScheduler> SchedulerAsync() =>
        await Services.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public async Task<DateTimeOffset?> NextFireAsync(PostKind kind) =>
        (await (await SchedulerAsync()).GetTrigger(RhythmKeys.Slot(Commands.GuildId, kind)))?.NextFireTimeUtc;

    /// <summary>Waits for something the scheduler does on its own threads; fails (never hangs) after 20 s.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 1000; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }

        throw new TimeoutException("The scheduler did not get there.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in Enumerable.Reverse(_started))
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await Services.DisposeAsync();
    }
}
