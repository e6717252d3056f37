using RunWell.Domain.Messaging;

namespace RunWell.Bot.Engine;

public enum ReplyMode
{
    /// <summary>A new message answering the command or button.</summary>
    NewMessage,

    /// <summary>Replace the message the pressed button sits on (e.g. a confirmation turning into a result).</summary>
    UpdateMessage,

    /// <summary>Open <see cref="Reply.Modal"/> instead of answering with a message.</summary>
    Modal,
}

/// <summary>What a handler answers: a platform-neutral message, private by default.</summary>
public sealed record Reply(Message Message, bool Ephemeral = true, ReplyMode Mode = ReplyMode.NewMessage)
{
    public static Reply Private(RichText text) => new(new Message(text));

    /// <summary>The form to open when <see cref="Mode"/> is <see cref="ReplyMode.Modal"/>.</summary>
    public ModalForm? Modal { get; init; }

    public static Reply OpenModal(ModalForm form) => new(new Message(form.Title), Ephemeral: true, ReplyMode.Modal) { Modal = form };
}
