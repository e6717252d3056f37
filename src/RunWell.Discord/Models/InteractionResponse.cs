namespace RunWell.Discord;

/// <summary>Interaction callback types the bot uses.</summary>
public enum InteractionResponseType
{
    /// <summary>Answer to a PING.</summary>
    Pong = 1,
    /// <summary>Reply with a new message.</summary>
    Message = 4,
    /// <summary>"Thinking…"; the reply follows as an edit of @original.</summary>
    DeferredMessage = 5,
    /// <summary>Component acknowledged without a loading state; the edit of @original follows.</summary>
    DeferredUpdateMessage = 6,
    /// <summary>Edit the message that carried the pressed component.</summary>
    UpdateMessage = 7,
    /// <summary>Autocomplete suggestions.</summary>
    AutocompleteResult = 8,
    /// <summary>Open a modal (not allowed in answer to a modal submit or a ping).</summary>
    Modal = 9,
}

/// <summary>What the host's handler wants sent back for an interaction.</summary>
public sealed record InteractionResponse
{
    private InteractionResponse(InteractionResponseType type) => Type = type;

    /// <summary>Callback type.</summary>
    public InteractionResponseType Type { get; }
    /// <summary>The message for <see cref="InteractionResponseType.Message"/> and <see cref="InteractionResponseType.UpdateMessage"/>.</summary>
    public DiscordMessage? Message { get; private init; }
    /// <summary>Autocomplete choices (≤ 25 are sent).</summary>
    public IReadOnlyList<ApplicationCommandChoice> Choices { get; private init; } = [];

    /// <summary>Reply with a new message.</summary>
    public static InteractionResponse Reply(DiscordMessage message) => new(InteractionResponseType.Message) { Message = message };

    /// <summary>Edit the component's message.</summary>
    public static InteractionResponse Update(DiscordMessage message) => new(InteractionResponseType.UpdateMessage) { Message = message };

    /// <summary>The modal for <see cref="InteractionResponseType.Modal"/>.</summary>
    public DiscordModal? Modal { get; private init; }

    /// <summary>Open a modal.</summary>
    public static InteractionResponse OpenModal(DiscordModal modal) => new(InteractionResponseType.Modal) { Modal = modal };

    /// <summary>Autocomplete suggestions.</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandChoice> choices) =>
        new(InteractionResponseType.AutocompleteResult) { Choices = choices };

    /// <summary>Acknowledge now and edit @original later; only the ephemeral flag is allowed.</summary>
    public static InteractionResponse Defer(bool ephemeral) => new(InteractionResponseType.DeferredMessage)
    {
        Message = new DiscordMessage { Flags = ephemeral ? DiscordMessageFlags.Ephemeral : DiscordMessageFlags.None },
    };

    /// <summary>
    /// Acknowledge a component now; a later edit of @original changes the message that carried it.
    /// Type 5 would instead post a new "thinking…" message, and an Update would then edit that one.
    /// </summary>
    public static InteractionResponse DeferUpdate { get; } = new(InteractionResponseType.DeferredUpdateMessage);

    /// <summary>Answer to a PING.</summary>
    public static InteractionResponse Pong { get; } = new(InteractionResponseType.Pong);
}
