using RunWell.Bot.Presenters;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;

namespace RunWell.Bot.Tests;

/// <summary>Drafted posts as the presenter words them, for tests that read what members would see.</summary>
internal static class Presented
{
    private static readonly PostPresenter Presenter = new();

    public static Message Message(this OutboundDraft draft) => Presenter.Present(draft.Facts, draft.Language);

    public static Message? FallbackMessage(this OutboundDraft draft) =>
        draft.Fallback is null ? null : Presenter.Present(draft.Fallback, draft.FallbackLanguage);
}
