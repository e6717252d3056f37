using RunWell.Domain.Messaging;

namespace RunWell.Bot.Engine;

public enum ReplyMode
{
    /// <summary>A new message answering the command or button.</summary>
    NewMessage,

    /// <summary>Replace the message the pressed button sits on (e.g. a confirmation turning into a result).</summary>
    UpdateMessage,
}

/// <summary>What a handler answers: a platform-neutral message, private by default.</summary>
public sealed record Reply(Message Message, bool Ephemeral = true, ReplyMode Mode = ReplyMode.NewMessage)
{
    public static Reply Private(RichText text) => new(new Message(text));
}
