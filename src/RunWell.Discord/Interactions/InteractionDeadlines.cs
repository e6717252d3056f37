using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RunWell.Discord.Interactions;

/// <summary>
/// Sends first callbacks: the deferral when a handler is not done by <see cref="DiscordTuning.DeferAfter"/>
/// after receipt (empty choices for autocomplete, which cannot be deferred), the immediate "busy" answer
/// when the queue is full, and a handler's own answer. Runs on timers, outside the bounded handler pool.
/// Every first callback must reach Discord within its 3 s of receipt, so each carries that deadline.
/// </summary>
internal sealed partial class InteractionDeadlines(
    IServiceScopeFactory scopes,
    IDiscordRest rest,
    IInteractionFallbacks fallbacks,
    IOptions<DiscordTuning> tuning,
    TimeProvider time,
    DiscordMetrics metrics,
    ILogger<InteractionDeadlines> logger) : IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _background = new();

    /// <summary>The 3-s deadlines of first callbacks: one that ended without firing serves the next callback.</summary>
    private readonly DeadlineSources _deadlines = new(time);

    public void Dispose() => _deadlines.Dispose();

    /// <summary>Deferrals and busy answers still being sent (shutdown waits for them).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_background.Keys);

    public void OnDeadline(PendingInteraction pending) => Track(DeadlineAsync(pending));

    public void AnswerBusy(PendingInteraction pending) => Track(BusyAsync(pending));

    private void Track(Task task)
    {
        _background[task] = 0;
        _ = task.ContinueWith(t => _background.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task DeadlineAsync(PendingInteraction pending)
    {
        var interaction = pending.Interaction;
        if (interaction.Type == InteractionType.Autocomplete)
        {
            // Type 8 is the only answer autocomplete takes: answer empty now, drop the late answer.
            if (!pending.TryClaimDeferral(InteractionResponseType.AutocompleteResult))
                return;
            LogAutocompleteTooSlow(logger, interaction.Id);
            await FirstCallbackAsync(pending, InteractionResponse.Autocomplete([]), CancellationToken.None);
            pending.Drop();
            return;
        }

        var deferral = interaction.Type == InteractionType.MessageComponent
            ? InteractionResponse.DeferUpdate
            : InteractionResponse.Defer(GuessEphemeral(interaction));
        if (!pending.TryClaimDeferral(deferral.Type))
            return;
        var accepted = await FirstCallbackAsync(pending, deferral, CancellationToken.None);
        if (accepted)
            metrics.Deferred();
        else
            metrics.Expired("deferral failed");
        pending.DeferralFinished(accepted);
    }

    private async Task BusyAsync(PendingInteraction pending)
    {
        var interaction = pending.Interaction;
        var busy = interaction.Type == InteractionType.Autocomplete
            ? InteractionResponse.Autocomplete([])
            : InteractionResponse.Reply(fallbacks.Busy(interaction));
        pending.TryClaimAnswer();
        await FirstCallbackAsync(pending, busy, CancellationToken.None);
        pending.Dispose();
    }

    /// <summary>
    /// Sends the first callback within the 3 s budget. A 40060 after a retry means an earlier attempt
    /// reached Discord (a 5xx or a reset hid the success): that is an acknowledgement. A 40060 on the
    /// first attempt means something else answered this interaction: a warning, but acknowledged too.
    /// A pooled ValueTask (every caller awaits it once): one box fewer per interaction.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<bool> FirstCallbackAsync(PendingInteraction pending, InteractionResponse response, CancellationToken stop)
    {
        var interaction = pending.Interaction;
        var budget = pending.ReceivedAt + tuning.Value.InteractionLifetime - time.GetUtcNow();
        var deadline = _deadlines.Rent();
        DiscordResult result;
        try
        {
            if (budget > TimeSpan.Zero)
                deadline.CancelAfter(budget);
            else
                deadline.Cancel(); // already spent: cancelled before the request starts, as a zero-delay source was
            // The stop token cancels the deadline's source rather than both being linked into a third: one
            // source and one registration fewer per interaction. Which of the two fired is told by stop.
            // Disposed (unregistered) before the source can go back to the pool.
            using var stopping = stop.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), deadline);
            result = await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, interaction.AttachmentSizeLimit, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            metrics.Expired("callback deadline");
            LogCallbackDeadline(logger, interaction.Id);
            return false;
        }
        finally
        {
            // The call is over: nothing holds the token any more.
            _deadlines.Return(deadline);
        }

        if (result.IsAlreadyAcknowledged)
        {
            if (result.Attempts == 1)
                LogAcknowledgedElsewhere(logger, interaction.Id);
        }
        else if (!result.IsSuccess)
        {
            LogCallbackFailed(logger, interaction.Id, result.Error, result.StatusCode);
            return false;
        }
        metrics.Answered(time.GetUtcNow() - pending.ReceivedAt);
        return true;
    }

    private bool GuessEphemeral(DiscordInteraction interaction)
    {
        try
        {
            using var scope = scopes.CreateScope();
            return scope.ServiceProvider.GetRequiredService<IDiscordInteractionHandler>().IsEphemeral(interaction);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogEphemeralGuessFailed(logger, ex, interaction.Id);
            return true; // the safer guess: nobody else sees a reply meant to be private
        }
    }

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Answering interaction {InteractionId} failed: {Error} (HTTP {Status})")]
    private static partial void LogCallbackFailed(ILogger logger, ulong interactionId, DiscordErrorKind error, int status);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "Autocomplete {InteractionId} was too slow; answered with no suggestions")]
    private static partial void LogAutocompleteTooSlow(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "Interaction {InteractionId} was already acknowledged on the first attempt (handled twice?)")]
    private static partial void LogAcknowledgedElsewhere(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 404, Level = LogLevel.Warning, Message = "First callback of interaction {InteractionId} could not be sent within 3 s of receipt")]
    private static partial void LogCallbackDeadline(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 405, Level = LogLevel.Error, Message = "Could not tell whether interaction {InteractionId} is ephemeral; deferring privately")]
    private static partial void LogEphemeralGuessFailed(ILogger logger, Exception exception, ulong interactionId);
}
