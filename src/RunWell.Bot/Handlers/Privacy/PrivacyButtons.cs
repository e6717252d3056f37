using System.Globalization;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Privacy;
using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers.Privacy;

/// <summary>
/// The confirm and cancel buttons of /privacy delete: <c>privacy:delete:&lt;user&gt;:&lt;issued unix s&gt;</c>.
/// The owner and issue time travel in the id, so no state is kept and a stale or borrowed button does nothing.
/// </summary>
internal sealed class PrivacyButtons(PrivacyService privacy, GroupRunService groupRuns) : IComponentHandler
{
    public const string Delete = "delete";
    public const string Keep = "keep";

    public string Prefix => "privacy";

    public static string Id(string action, string userId, string issuedUnixSeconds) => $"privacy:{action}:{userId}:{issuedUnixSeconds}";

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count != 3
            || !ulong.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
            || !long.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var issued))
        {
            return Updated(Rich("Delete_ButtonInvalid"));
        }

        if (owner != request.Caller.UserId)
        {
            return Reply.Private(Rich("Delete_NotYours"));
        }

        if (args[0] == Keep)
        {
            return Updated(Rich("Delete_Kept"));
        }

        if (args[0] != Delete || !privacy.IsConfirmationValid(DateTimeOffset.FromUnixTimeSeconds(issued)))
        {
            return Updated(Rich("Delete_Expired"));
        }

        var removed = await privacy.DeleteAsync(request.Caller.Member, ct);
        await groupRuns.RefreshAnnouncementsAsync(request.Caller.Member.GuildId, removed.GroupRunsToRefresh, ct);
        return Updated(PrivacyReplies.Deleted(removed));
    }

    private static Reply Updated(RichText text) => Reply.Private(text) with { Mode = ReplyMode.UpdateMessage };
}
