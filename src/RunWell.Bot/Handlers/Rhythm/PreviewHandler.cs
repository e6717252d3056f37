using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.Domain.Rhythm;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Rhythm;

/// <summary>
/// /runwell preview what: the admin sees, privately, what the post would say right now, in the
/// server's language. Nothing is saved or sent; buttons are listed rather than shown, so nobody can
/// press a button of a post that does not exist, and nobody is pinged.
/// </summary>
internal sealed class PreviewHandler(GroupPostPreview preview, IPostPresenter presenter) : ICommandHandler
{
    public string Path => "runwell preview";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var kind = context.Input.RequiredText("what") switch
        {
            "summary" => PostKind.WeeklySummary,
            "pairing" => PostKind.BuddyPairing,
            "checkin" => PostKind.BuddyCheckIn,
            _ => PostKind.Nudge,
        };

        var result = await preview.PreviewAsync(context.Caller.GuildId!.Value, kind, ct, context.Caller.UserId);
        var lines = new List<RichText> { Rich("Preview_Only") };
        if (result.DueCount is { } due)
        {
            lines.Add(Rich("Preview_NudgesDue", due));
        }

        if (result.NoChannel)
        {
            lines.Add(Rich("Preview_NoChannel"));
        }

        switch (result.State)
        {
            case PreviewState.NotSetUp:
                lines.Add(Rich("Preview_NotSetUp"));
                break;
            case PreviewState.Unavailable:
                lines.Add(Rich("Preview_Unavailable"));
                break;
            case PreviewState.NothingToPost when !result.NoChannel:
                lines.Add(Rich("Preview_NothingToPost"));
                break;
            case PreviewState.NobodyToPair:
                lines.Add(Rich("Preview_NobodyToPair"));
                break;
            case PreviewState.PairsNotFormed:
                lines.Add(Rich("Preview_PairsNotFormed", TimestampPart.Utc(result.NextPairingUtc!.Value)));
                break;
            case PreviewState.PairsAllAway:
                lines.Add(Rich("Preview_PairsAllAway"));
                break;
            case PreviewState.SampleCheckIn:
                lines.Add(Rich("Preview_SampleCheckIn"));
                break;
        }

        if (result.Posts.Count > 1)
        {
            lines.Add(Rich("Preview_Several", result.Posts.Count));
        }

        if (result.Posts.Count == 0)
        {
            return Reply.Private(RichText.Join("\n", lines));
        }

        var first = presenter.Present(result.Posts[0], result.Language).WithoutPings();
        lines.Add("───");
        lines.Add(first.Text);
        if (first.Buttons.Count > 0)
        {
            lines.Add(Rich("Preview_Buttons", string.Join(" · ", first.Buttons.Select(b => $"[{b.Label}]"))));
        }

        return new Reply(first with { Text = RichText.Join("\n", lines), Buttons = [] });
    }
}
