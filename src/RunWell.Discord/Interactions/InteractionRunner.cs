using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RunWell.Discord.Interactions;

/// <summary>
/// Runs one interaction in its own DI scope and answers within Discord's 3 s: the handler's answer
/// goes out directly if it is ready by <see cref="DiscordTuning.DeferAfter"/>, otherwise a deferral
/// goes first (type 5, or type 6 for a component so its own message is what gets edited) and the
/// answer follows as an edit of @original (or a follow-up, see <see cref="AfterDeferAsync"/>). A failing handler gets an
/// ephemeral apology; nothing here can break the gateway connection.
/// </summary>
internal sealed partial class InteractionRunner(
    IServiceScopeFactory scopes,
    IDiscordRest rest,
    IOptions<DiscordTuning> tuning,
    TimeProvider time,
    ILogger<InteractionRunner> logger)
{
    internal static readonly DiscordMessage Apology = new()
    {
        Content = "Sorry — something went wrong on our side. Please try again in a moment.",
        Flags = DiscordMessageFlags.Ephemeral,
    };

    public async Task RunAsync(DiscordInteraction interaction, CancellationToken ct)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Pong, ct);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IDiscordInteractionHandler>();
        var work = Task.Run(() => handler.HandleAsync(interaction, ct), ct);
        InteractionResponseType? deferredType = null;

        if (interaction.Type == InteractionType.Autocomplete)
        {
            // Type 8 is the only answer autocomplete takes, so a slow handler cannot be deferred.
            if (!await FinishedWithinAsync(work, tuning.Value.AutocompleteDeadline, ct))
            {
                LogAutocompleteTooSlow(logger, interaction.Id);
                var empty = await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Autocomplete([]), ct);
                if (!empty.IsSuccess)
                    LogCallbackFailed(logger, interaction.Id, empty.Error, empty.StatusCode);
                // Its answer is dropped (a second callback is 40060), but the scope must outlive it.
                await ObserveAsync(work, interaction);
                return;
            }
        }
        else if (!await FinishedWithinAsync(work, tuning.Value.DeferAfter, ct))
        {
            var deferral = interaction.Type == InteractionType.MessageComponent
                ? InteractionResponse.DeferUpdate
                : InteractionResponse.Defer(SafeIsEphemeral(handler, interaction));
            var defer = await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, deferral, ct);
            deferredType = deferral.Type;
            if (!defer.IsSuccess)
            {
                // The interaction is gone (10062) or was answered elsewhere: an edit of @original can
                // only fail too. Let the handler finish (its work is saved) and send nothing more.
                LogCallbackFailed(logger, interaction.Id, defer.Error, defer.StatusCode);
                await ObserveAsync(work, interaction);
                return;
            }
        }

        InteractionResponse response;
        try
        {
            response = await work;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogHandlerFailed(logger, ex, interaction.Id, interaction.Command?.FullName ?? interaction.Component?.CustomId ?? interaction.Type.ToString());
            response = interaction.Type == InteractionType.Autocomplete ? InteractionResponse.Autocomplete([]) : InteractionResponse.Reply(Apology);
        }

        DiscordResult result;
        try
        {
            result = deferredType is { } type && response.Message is { } message
                ? await AfterDeferAsync(interaction, type, response.Type, message, ct)
                : await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, ct);
        }
        catch (ArgumentException ex)
        {
            // The handler built a message that cannot be made valid: apologise instead of sending it.
            LogHandlerFailed(logger, ex, interaction.Id, interaction.Command?.FullName ?? interaction.Type.ToString());
            result = deferredType is { } type
                ? await AfterDeferAsync(interaction, type, InteractionResponseType.Message, Apology, ct)
                : await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Reply(Apology), ct);
        }
        // 40060 after a retried callback means the first try reached Discord: the answer is there.
        if (!result.IsSuccess && result.ErrorCode != AlreadyAcknowledged)
            LogCallbackFailed(logger, interaction.Id, result.Error, result.StatusCode);
    }

    private const int AlreadyAcknowledged = 40060;

    /// <summary>
    /// After a type 6 deferral @original is the component's own message: an Update edits it, but a
    /// Reply must be a follow-up, or it would overwrite the message the user pressed. After a type 5
    /// deferral @original is the "thinking…" message, which either answer replaces.
    /// </summary>
    private async Task<DiscordResult> AfterDeferAsync(DiscordInteraction interaction, InteractionResponseType deferredAs,
        InteractionResponseType answer, DiscordMessage message, CancellationToken ct)
    {
        if (deferredAs == InteractionResponseType.DeferredUpdateMessage && answer != InteractionResponseType.UpdateMessage)
        {
            var followup = await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, message, ct);
            return new DiscordResult(followup.Error, followup.StatusCode, followup.ErrorCode, followup.ErrorMessage);
        }
        return await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, ct);
    }

    private async Task<bool> FinishedWithinAsync(Task work, TimeSpan limit, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var winner = await Task.WhenAny(work, Task.Delay(limit, time, timer.Token));
        await timer.CancelAsync();
        return winner == work;
    }

    private async Task ObserveAsync(Task work, DiscordInteraction interaction)
    {
        try
        {
            await work;
        }
        catch (OperationCanceledException)
        {
            // Host stopping: nothing was going to be sent anyway.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogHandlerFailed(logger, ex, interaction.Id, interaction.Command?.FullName ?? interaction.Type.ToString());
        }
    }

    private bool SafeIsEphemeral(IDiscordInteractionHandler handler, DiscordInteraction interaction)
    {
        try
        {
            return handler.IsEphemeral(interaction);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogHandlerFailed(logger, ex, interaction.Id, "IsEphemeral");
            return true; // the safer guess: nobody else sees a reply meant to be private
        }
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Error, Message = "Interaction {InteractionId} ({What}) failed; the user got an apology")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, ulong interactionId, string what);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "Autocomplete {InteractionId} was too slow; answered with no suggestions")]
    private static partial void LogAutocompleteTooSlow(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Answering interaction {InteractionId} failed: {Error} (HTTP {Status})")]
    private static partial void LogCallbackFailed(ILogger logger, ulong interactionId, DiscordErrorKind error, int status);
}
