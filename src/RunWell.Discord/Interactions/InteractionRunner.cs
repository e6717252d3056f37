using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RunWell.Discord.Interactions;

/// <summary>
/// Runs one queued interaction in its own DI scope. Its first callback is either the handler's answer
/// (when the worker claims it before the deadline timer defers) or, after a deferral, an edit of
/// @original (or a follow-up, see <see cref="AfterDeferAsync"/>). A handler is stopped when its answer
/// is dropped, and capped at <see cref="DiscordTuning.HandlerTimeout"/> after receipt (the token lives
/// 15 minutes), then the member gets an apology. Nothing here can break the gateway connection.
/// </summary>
internal sealed partial class InteractionRunner(
    IServiceScopeFactory scopes,
    IDiscordRest rest,
    InteractionDeadlines deadlines,
    IInteractionFallbacks fallbacks,
    IOptions<DiscordTuning> tuning,
    TimeProvider time,
    DiscordMetrics metrics,
    ILogger<InteractionRunner> logger)
{
    /// <param name="hardStop">Cancelled only when the host's shutdown timeout has run out.</param>
    /// <remarks>
    /// This method, <see cref="SendAsync"/> and <see cref="OutcomeAsync"/> return pooled ValueTasks: each is
    /// awaited once by its caller, and otherwise every interaction paid for a new state-machine box (or a
    /// Task) per layer.
    /// </remarks>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask RunAsync(PendingInteraction pending, CancellationToken hardStop)
    {
        var interaction = pending.Interaction;
        if (pending.IsDropped)
        {
            // Its deferral failed while it waited in the queue: nobody would see the answer.
            LogDroppedBeforeStart(logger, interaction.Id);
            return;
        }
        pending.MarkStarted(time.GetUtcNow());

        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IDiscordInteractionHandler>();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(pending.Abandoned, hardStop);
        var work = Start(handler, interaction, cancel.Token);

        InteractionResponse? response;
        if (!await FinishedWithinCapAsync(work, pending, hardStop))
        {
            await cancel.CancelAsync();
            LogTookTooLong(logger, interaction.Id, tuning.Value.HandlerTimeout.TotalMinutes);
            metrics.Expired("handler timeout");
            response = Fallback(interaction, fallbacks.TookTooLong(interaction));
        }
        else
        {
            response = await OutcomeAsync(work, pending);
        }

        if (response is not null && !pending.IsDropped)
            await SendAsync(pending, response, hardStop);
        // The scope must outlive the handler even when its answer went nowhere.
        await ObserveAsync(work, interaction);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<InteractionResponse?> OutcomeAsync(Task<InteractionResponse> work, PendingInteraction pending)
    {
        try
        {
            return await work;
        }
        catch (OperationCanceledException) when (pending.IsDropped)
        {
            LogAbandoned(logger, pending.Interaction.Id);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !pending.Abandoned.IsCancellationRequested)
        {
            LogHandlerFailed(logger, ex, pending.Interaction.Id, What(pending.Interaction));
            return Fallback(pending.Interaction, fallbacks.Failed(pending.Interaction));
        }
    }

    private static InteractionResponse Fallback(DiscordInteraction interaction, DiscordMessage message) =>
        interaction.Type == InteractionType.Autocomplete ? InteractionResponse.Autocomplete([]) : InteractionResponse.Reply(message);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendAsync(PendingInteraction pending, InteractionResponse response, CancellationToken hardStop)
    {
        var interaction = pending.Interaction;
        try
        {
            if (pending.TryClaimAnswer())
            {
                await deadlines.FirstCallbackAsync(pending, response, hardStop);
                return;
            }
            if (!await pending.Deferral.WaitAsync(hardStop) || response.Message is not { } message)
                return;
            var result = await AfterDeferAsync(interaction, pending.DeferredAs!.Value, response.Type, message, hardStop);
            if (result.Error == DiscordErrorKind.OutcomeUnknown)
                LogAnswerUnknown(logger, interaction.Id);
            else if (!result.IsSuccess)
                LogAnswerFailed(logger, interaction.Id, result.Error, result.StatusCode);
        }
        catch (ArgumentException ex)
        {
            // The handler built a message that cannot be made valid: apologise instead of sending it.
            LogHandlerFailed(logger, ex, interaction.Id, What(interaction));
            if (interaction.Type != InteractionType.Autocomplete)
                await SendAsync(pending, InteractionResponse.Reply(fallbacks.Failed(interaction)), hardStop);
        }
        catch (OperationCanceledException) when (hardStop.IsCancellationRequested)
        {
            LogShutdownCutOff(logger, interaction.Id);
        }
    }

    /// <summary>
    /// After a type 6 deferral @original is the component's own message: an Update edits it, but a
    /// Reply must be a follow-up, or it would overwrite the message the user pressed. After a type 5
    /// deferral @original is the "thinking…" message, which either answer replaces.
    /// </summary>
    private async ValueTask<DiscordResult> AfterDeferAsync(DiscordInteraction interaction, InteractionResponseType deferredAs,
        InteractionResponseType answer, DiscordMessage message, CancellationToken ct)
    {
        if (deferredAs == InteractionResponseType.DeferredUpdateMessage && answer != InteractionResponseType.UpdateMessage)
            return await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, message, interaction.AttachmentSizeLimit, ct);
        return await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, interaction.AttachmentSizeLimit, ct);
    }

    /// <summary>
    /// Runs the handler on this worker, not through Task.Run: the worker is already off the gateway loop,
    /// and the deferral runs on its own timer, so a handler that takes long before its first await delays
    /// nothing but the cap below. Saves a thread-pool hop and a closure per interaction.
    /// </summary>
    private static Task<InteractionResponse> Start(IDiscordInteractionHandler handler, DiscordInteraction interaction, CancellationToken ct)
    {
        try
        {
            return handler.HandleAsync(interaction, ct);
        }
        catch (Exception ex)
        {
            // Thrown before the handler's first await: the same outcome as a failed task.
            return Task.FromException<InteractionResponse>(ex);
        }
    }

    /// <summary>
    /// Whether the handler finished within <see cref="DiscordTuning.HandlerTimeout"/> of receipt. A handler
    /// already done (the usual case) needs no timer at all. At shutdown (<paramref name="hardStop"/>) the
    /// handler is cancelled through its token and counts as finished: its own outcome is awaited.
    /// </summary>
    private async Task<bool> FinishedWithinCapAsync(Task work, PendingInteraction pending, CancellationToken hardStop)
    {
        if (work.IsCompleted)
            return true;
        var limit = pending.ReceivedAt + tuning.Value.HandlerTimeout - time.GetUtcNow();
        if (limit <= TimeSpan.Zero)
            return false;
        try
        {
            await work.WaitAsync(limit, time, hardStop);
        }
        catch (TimeoutException) when (!work.IsCompleted)
        {
            return false;
        }
        catch (Exception) when (work.IsCompleted || hardStop.IsCancellationRequested)
        {
            // The handler failed or was cancelled (OutcomeAsync reads why), or the host is stopping.
        }
        return true;
    }

    private async Task ObserveAsync(Task work, DiscordInteraction interaction)
    {
        try
        {
            await work;
        }
        catch (OperationCanceledException)
        {
            // Cancelled on purpose (dropped, capped or shutting down).
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogHandlerFailed(logger, ex, interaction.Id, What(interaction));
        }
    }

    private static string What(DiscordInteraction interaction) =>
        interaction.Command?.FullName ?? interaction.Component?.CustomId ?? interaction.Type.ToString();

    [LoggerMessage(EventId = 400, Level = LogLevel.Error, Message = "Interaction {InteractionId} ({What}) failed; the user got an apology")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, ulong interactionId, string what);

    [LoggerMessage(EventId = 406, Level = LogLevel.Warning, Message = "Sending the answer to interaction {InteractionId} failed: {Error} (HTTP {Status})")]
    private static partial void LogAnswerFailed(ILogger logger, ulong interactionId, DiscordErrorKind error, int status);

    [LoggerMessage(EventId = 407, Level = LogLevel.Warning, Message = "The answer to interaction {InteractionId} may or may not have arrived (outcome unknown); it is not sent again")]
    private static partial void LogAnswerUnknown(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 408, Level = LogLevel.Information, Message = "Interaction {InteractionId} was dropped (its deferral failed) before a worker took it; not run")]
    private static partial void LogDroppedBeforeStart(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 409, Level = LogLevel.Information, Message = "Interaction {InteractionId}'s answer could no longer be delivered; its handler was cancelled")]
    private static partial void LogAbandoned(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 414, Level = LogLevel.Error, Message = "Interaction {InteractionId} ran past {Minutes} min and was stopped; the user got an apology")]
    private static partial void LogTookTooLong(ILogger logger, ulong interactionId, double minutes);

    [LoggerMessage(EventId = 415, Level = LogLevel.Warning, Message = "Shutdown timeout reached before interaction {InteractionId} was answered")]
    private static partial void LogShutdownCutOff(ILogger logger, ulong interactionId);
}
