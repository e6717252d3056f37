using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunWell.Discord.Commands;
using RunWell.Discord.Gateway;

namespace RunWell.Discord.Interactions;

/// <summary>
/// Drains the gateway channel with MaxConcurrentInteractions workers, so slow handlers never block the
/// socket reader. Replayed interaction ids (after a resume) are dropped here.
/// </summary>
internal sealed partial class GatewayEventConsumer(
    Channel<GatewayEvent> events,
    InteractionRunner runner,
    CommandRegistrar registrar,
    IServiceScopeFactory scopes,
    IOptions<DiscordOptions> options,
    ILogger<GatewayEventConsumer> logger) : BackgroundService
{
    private readonly RecentIds _seen = new();
    private int _registered;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.MaxConcurrentInteractions).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var evt in events.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await HandleAsync(evt, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    LogEventFailed(logger, ex, evt.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Host is stopping.
        }
    }

    private async Task HandleAsync(GatewayEvent evt, CancellationToken ct)
    {
        switch (evt)
        {
            case InteractionReceived { Interaction: var interaction }:
                if (_seen.TryAdd(interaction.Id))
                    await runner.RunAsync(interaction, ct);
                else
                    LogDuplicate(logger, interaction.Id);
                break;
            case SessionReady { ApplicationId: var appId }:
                // Once per process: a re-identify does not change the catalog.
                if (Interlocked.Exchange(ref _registered, 1) == 0)
                    await registrar.RegisterAsync(appId, ct);
                break;
            case GuildAvailable { GuildId: var id, Name: var name }:
                await using (var scope = scopes.CreateAsyncScope())
                    await scope.ServiceProvider.GetRequiredService<IGuildEvents>().GuildAvailableAsync(id, name, ct);
                break;
            case ScheduledEventUser rsvp:
                await using (var scope = scopes.CreateAsyncScope())
                    await scope.ServiceProvider.GetRequiredService<IScheduledEventUsers>().InterestChangedAsync(rsvp.GuildId, rsvp.EventId, rsvp.UserId, rsvp.Added, ct);
                break;
            case GuildRemoved { GuildId: var removed }:
                await using (var scope = scopes.CreateAsyncScope())
                    await scope.ServiceProvider.GetRequiredService<IGuildEvents>().GuildRemovedAsync(removed, ct);
                break;
        }
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Information, Message = "Interaction {InteractionId} already handled (replayed after resume); skipped")]
    private static partial void LogDuplicate(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 411, Level = LogLevel.Error, Message = "Handling gateway event {Event} failed")]
    private static partial void LogEventFailed(ILogger logger, Exception exception, string @event);
}

/// <summary>Default <see cref="IScheduledEventUsers"/>: the host need not count "Interested".</summary>
internal sealed class NoScheduledEventUsers : IScheduledEventUsers
{
    public Task InterestChangedAsync(ulong guildId, ulong eventId, ulong userId, bool interested, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Default <see cref="IGuildEvents"/>: the host need not care about guild membership.</summary>
internal sealed class NoGuildEvents : IGuildEvents
{
    public Task GuildAvailableAsync(ulong guildId, string? name, CancellationToken ct) => Task.CompletedTask;

    public Task GuildRemovedAsync(ulong guildId, CancellationToken ct) => Task.CompletedTask;
}
