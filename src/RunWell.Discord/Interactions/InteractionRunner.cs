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

        // Autocomplete cannot be deferred; it simply has to be fast.
        if (interaction.Type != InteractionType.Autocomplete)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var winner = await Task.WhenAny(work, Task.Delay(tuning.Value.DeferAfter, time, timer.Token));
            await timer.CancelAsync();
            if (winner != work)
            {
                var deferral = interaction.Type == InteractionType.MessageComponent
                    ? InteractionResponse.DeferUpdate
                    : InteractionResponse.Defer(SafeIsEphemeral(handler, interaction));
                var defer = await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, deferral, ct);
                deferredType = deferral.Type;
                if (!defer.IsSuccess)
                    LogCallbackFailed(logger, interaction.Id, defer.Error, defer.StatusCode);
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
        if (!result.IsSuccess)
            LogCallbackFailed(logger, interaction.Id, result.Error, result.StatusCode);
    }

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

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Answering interaction {InteractionId} failed: {Error} (HTTP {Status})")]
    private static partial void LogCallbackFailed(ILogger logger, ulong interactionId, DiscordErrorKind error, int status);
}
