using System.Globalization;
using RunWell.Bot.Engine;
using RunWell.Domain.Messaging;
using RunWell.Domain.Posts;
using RunWell.Domain.Rhythm;

namespace RunWell.Bot.Handlers.Rhythm;

/// <summary>
/// /runwell preview what: the admin sees, privately, what the post would say right now. Nothing is
/// saved or sent; buttons are listed rather than shown, so nobody can press a button of a post that
/// does not exist, and nobody is pinged.
/// </summary>
internal sealed class PreviewHandler(GroupPostPreview preview) : ICommandHandler
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
        var lines = new List<string> { "**Preview only: nothing was posted.**" };
        if (result.DueCount is { } due)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Members who would get a nudge right now: **{due}**. Each gets a DM like this one:"));
        }

        if (result.Notice is not null)
        {
            lines.Add(result.Notice);
        }

        if (result.Messages.Count > 1)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"It would be {result.Messages.Count} messages; the first one:"));
        }

        var first = result.Messages.Count > 0 ? result.Messages[0] : null;
        if (first is null)
        {
            return Reply.Private(string.Join("\n", lines));
        }

        lines.Add("───");
        lines.Add(first.Text);
        if (first.Buttons.Count > 0)
        {
            lines.Add("Buttons: " + string.Join(" · ", first.Buttons.Select(b => $"[{b.Label}]")));
        }

        return new Reply(first with { Text = string.Join("\n", lines), Buttons = [], PingUserIds = [] });
    }
}
