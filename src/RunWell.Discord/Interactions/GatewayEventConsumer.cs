using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunWell.Discord.Commands;
using RunWell.Discord.Gateway;

namespace RunWell.Discord.Interactions;

/// <summary>
/// Drains what the gateway reader hands over: MaxConcurrentInteractions workers for interactions,
/// and one worker for guild and session events so one guild's events are handled in the order they
/// came. On host stop the gateway stops reading and completes both queues; the workers then finish
/// what was already received (answers included) and only the host's shutdown timeout cuts them off.
/// </summary>
internal sealed partial class GatewayEventConsumer(
    InteractionQueue interactions,
    Channel<GatewayEvent> events,
    InteractionRunner runner,
    InteractionInbox inbox,
    InteractionDeadlines deadlines,
    CommandRegistrar registrar,
    IServiceScopeFactory scopes,
    IOptions<DiscordOptions> options,
    ILogger<GatewayEventConsumer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _hardStop = new();
    private Task _workers = Task.CompletedTask;
    private Task _registration = Task.CompletedTask;
    private int _registered;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var pool = Enumerable.Range(0, options.Value.MaxConcurrentInteractions).Select(_ => Task.Run(InteractionWorkerAsync, CancellationToken.None));
        _workers = Task.WhenAll([.. pool, Task.Run(EventWorkerAsync, CancellationToken.None)]);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Normally the gateway (stopped before us) has completed the queues; make sure of it.
        interactions.Writer.TryComplete();
        events.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_workers, deadlines.WhenIdleAsync()).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ran out: cancel what is left and stop waiting for it (a
            // handler that ignores cancellation must not hold the process).
            LogShutdownTimeout(logger);
        }
        await _hardStop.CancelAsync();
        try
        {
            // Registration honours the token (it is retried on the next start).
            await _registration;
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-retry.
        }
    }

    public void Dispose() => _hardStop.Dispose();

    /// <summary>
    /// ReadAsync, not ReadAllAsync: the channel hands each interaction to exactly one waiting worker. With
    /// WaitToReadAsync every idle worker was woken for every interaction (sixteen thread-pool wake-ups to
    /// run one) and all but one went back to sleep.
    /// </summary>
    private async Task InteractionWorkerAsync()
    {
        while (true)
        {
            PendingInteraction pending;
            try
            {
                pending = await interactions.Reader.ReadAsync(CancellationToken.None);
            }
            catch (ChannelClosedException)
            {
                return; // completed (host stop) and drained
            }
            try
            {
                await runner.RunAsync(pending, _hardStop.Token);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogEventFailed(logger, ex, "INTERACTION_CREATE");
            }
            finally
            {
                inbox.Finished(pending);
            }
        }
    }

    private async Task EventWorkerAsync()
    {
        await foreach (var evt in events.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await HandleAsync(evt, _hardStop.Token);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogEventFailed(logger, ex, evt.GetType().Name);
            }
        }
    }

    private async Task HandleAsync(GatewayEvent evt, CancellationToken ct)
    {
        switch (evt)
        {
            case SessionReady ready:
                // First: a failure of the host's guild bookkeeping (a locked database) must not cost the
                // process its command registration, which runs once and retries on its own.
                Register(ready.ApplicationId);
                await using (var scope = scopes.CreateAsyncScope())
                    await scope.ServiceProvider.GetRequiredService<IGuildEvents>().SessionReadyAsync(ready.GuildIds, ready.ShardId, ready.ShardCount, ct);
                break;
            case SessionResumed resumed:
                Register(resumed.ApplicationId);
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

    /// <summary>Once per process, off this worker: registration retries must not hold up guild events.</summary>
    private void Register(ulong applicationId)
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            _registration = Task.Run(() => registrar.RegisterUntilDoneAsync(applicationId, _hardStop.Token), CancellationToken.None);
    }

    [LoggerMessage(EventId = 411, Level = LogLevel.Error, Message = "Handling gateway event {Event} failed")]
    private static partial void LogEventFailed(ILogger logger, Exception exception, string @event);

    [LoggerMessage(EventId = 416, Level = LogLevel.Warning, Message = "Shutdown timeout reached with interactions still running; they are cancelled")]
    private static partial void LogShutdownTimeout(ILogger logger);
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
